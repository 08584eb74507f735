package jp.tsunagu.proposal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An exclusion as the coordinator lists it: its level and the id of its slot, task or host (the
 * other two null), where that lies (host, and task unless the whole host is excluded), and why.
 */
public record ExclusionView(long id, long candidateId, String caseCode, ExclusionLevel level, String levelJa,
                            Long slotId, Long taskId, Long hostId, String hostName, String taskTitle,
                            ExclusionSource source, Long proposalId, ExclusionReason reason, String reasonJa,
                            String note, String createdBy, Instant createdAt, boolean active,
                            String liftedBy, Instant liftedAt) {

    static ExclusionView of(PairExclusion e, String caseCode, ExclusionTargets.Place place) {
        return new ExclusionView(e.getId(), e.getCandidateId(), caseCode, e.getLevel(), e.getLevel().labelJa(),
                e.getSlotId(), e.getLevel() == ExclusionLevel.HOST ? null : place.taskId(), place.hostId(),
                place.hostName(), e.getLevel() == ExclusionLevel.HOST ? null : place.taskTitle(), e.getSource(),
                e.getProposalId(), e.getReason(), e.getReason() == null ? null : e.getReason().labelJa(), e.getNote(),
                e.getCreatedBy(), utc(e.getCreatedAt()), e.isActive(), e.getLiftedBy(), utc(e.getLiftedAt()));
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
