package jp.tsunagu.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.registry.WorkKind;

/**
 * A proposal as the coordinator and the counter read it: the person's case, the slot, why, the
 * other choices, and where it stands in the lifecycle. {@code version} goes back with a decision.
 */
public record ProposalView(long id, long roundId, long candidateId, String caseCode, String municipalityCode, long slotId,
                           long hostId, String hostName, String taskTitle, WorkKind workKind, int travelMinutes,
                           TravelMode travelledBy, boolean pinned, boolean keptFromLastRound, String explanationJa,
                           List<AlternativeOutcome> alternatives, ProposalState state, String stateJa, long version,
                           DeclineReason declineReason, String declineNote, LocalDate consentDate,
                           Set<SharedItem> sharedItems, String firstDayNeeds, HostDeclineReason hostDeclineReason,
                           String hostNote, LocalDate firstDay) {

    /**
     * Cheap, and consistent with the record's equals (equal records have equal ids). The JSON binding
     * hashes every object it writes, twice, to detect cycles; a record's own hash walks all its
     * components and their lists, so a page of proposals was hashed over and over, level by level.
     */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    public static ProposalView of(ProposalRecord p, String caseCode, String hostName, String taskTitle,
                                  WorkKind workKind, List<AlternativeOutcome> alternatives) {
        return new ProposalView(p.getId(), p.getRoundId(), p.getCandidateId(), caseCode, p.getMunicipalityCode(),
                p.getSlotId(), p.getHostId(), hostName, taskTitle, workKind, p.getTravelMinutes(), p.getTravelledBy(),
                p.isPinned(), p.isKeptFromLastRound(), p.getExplanationJa(), alternatives, p.getState(),
                p.getState().labelJa(), p.getVersion(), p.getDeclineReason(), p.getDeclineNote(), p.getConsentDate(),
                p.getSharedItems(), p.getFirstDayNeeds(), p.getHostDeclineReason(), p.getHostNote(), p.getFirstDay());
    }
}
