package jp.tsunagu.proposal;

import jp.tsunagu.access.Caller;
import jp.tsunagu.candidate.Candidate;

/**
 * A host confirmed a proposal with a first day: fired inside the confirming transaction, so that
 * the placement it becomes is saved with it or not at all.
 */
public record ProposalConfirmed(Caller caller, ProposalRecord proposal, Candidate person) {
}
