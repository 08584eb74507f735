package jp.tsunagu.proposal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A pair exclusion as the coordinator lists it. */
public record ExclusionView(long id, long candidateId, String caseCode, long slotId, ExclusionSource source,
                            Long proposalId, String note, String createdBy, Instant createdAt, boolean active,
                            String liftedBy, Instant liftedAt) {

    static ExclusionView of(PairExclusion e, String caseCode) {
        return new ExclusionView(e.getId(), e.getCandidateId(), caseCode, e.getSlotId(), e.getSource(), e.getProposalId(),
                e.getNote(), e.getCreatedBy(), utc(e.getCreatedAt()), e.isActive(), e.getLiftedBy(), utc(e.getLiftedAt()));
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
