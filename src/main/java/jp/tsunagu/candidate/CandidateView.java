package jp.tsunagu.candidate;

import java.time.Instant;

/** A person's record as a counter or the coordinator reads it. */
public record CandidateView(long id, String caseCode, long counterId, CandidateStatus status, CandidateProfile profile,
                            Long pinnedSlotId, long version, Instant updatedAt) {

    public static CandidateView of(Candidate c) {
        return new CandidateView(c.getId(), c.getCaseCode(), c.getCounterId(), c.getStatus(), c.profile(),
                c.getPinnedSlotId(), c.getVersion(), c.getUpdatedAt());
    }
}
