package jp.tsunagu.candidate;

import java.time.Instant;

/** A person's record as a counter or the coordinator reads it. */
public record CandidateView(long id, String caseCode, long counterId, CandidateStatus status, CandidateProfile profile,
                            Long pinnedSlotId, long version, Instant updatedAt) {

    /**
     * Cheap, and consistent with the record's equals (equal records have equal ids). The JSON binding
     * hashes every object it writes, twice, to detect cycles; a record's own hash walks all its
     * components and their lists, so a page of people was hashed over and over, level by level.
     */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    public static CandidateView of(Candidate c) {
        return new CandidateView(c.getId(), c.getCaseCode(), c.getCounterId(), c.getStatus(), c.profile(),
                c.getPinnedSlotId(), c.getVersion(), c.getUpdatedAt());
    }
}
