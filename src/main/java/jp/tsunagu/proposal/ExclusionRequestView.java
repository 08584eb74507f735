package jp.tsunagu.proposal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A counter's exclusion request as the counter and the coordinator see it: what it names and where
 * that lies, why, where it stands, and once confirmed whether the exclusion still holds.
 */
public record ExclusionRequestView(long id, long candidateId, String caseCode, ExclusionLevel level, String levelJa,
                                   Long slotId, Long taskId, Long hostId, String hostName, String taskTitle,
                                   ExclusionReason reason, String reasonJa, String note, ExclusionRequestState state,
                                   String stateJa, String requestedBy, Instant requestedAt, String decidedBy,
                                   Instant decidedAt, String declineReason, Long exclusionId, Boolean exclusionActive,
                                   long version) {

    static ExclusionRequestView of(ExclusionRequest r, String caseCode, ExclusionTargets.Place place,
                                   Boolean exclusionActive) {
        boolean wholeHost = r.getLevel() == ExclusionLevel.HOST;
        return new ExclusionRequestView(r.getId(), r.getCandidateId(), caseCode, r.getLevel(), r.getLevel().labelJa(),
                r.getSlotId(), wholeHost ? null : place.taskId(), place.hostId(), place.hostName(),
                wholeHost ? null : place.taskTitle(), r.getReason(), r.getReason().labelJa(), r.getNote(), r.getState(),
                r.getState().labelJa(), r.getRequestedBy(), utc(r.getRequestedAt()), r.getDecidedBy(),
                utc(r.getDecidedAt()), r.getDeclineReason(), r.getExclusionId(), exclusionActive, r.getVersion());
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
