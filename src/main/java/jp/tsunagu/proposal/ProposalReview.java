package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;

/**
 * The coordinator's review of a draft round before publishing: read a proposal, pin or unpin it
 * (kept through a re-solve), swap it for one of its alternatives. Excluding a pair is
 * {@link Exclusions}. Each step is audited and carries the version the coordinator read.
 */
@ApplicationScoped
@Transactional
public class ProposalReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ProposalDesk desk;

    @Inject
    Alternatives alternatives;

    public ProposalView get(Caller caller, long id) {
        access.requireRole(caller, AuditAction.READ, ProposalDesk.SUBJECT, Role.COORDINATOR, Role.COUNTER);
        ProposalDesk.Found found = desk.find(caller, id, AuditAction.READ);
        audit.allowed(caller, AuditAction.READ, "candidate", found.person().getId(), found.caseCode(), "proposal " + id);
        return desk.view(caller, found);
    }

    public ProposalView pin(Caller caller, long id, ProposalRequests.Versioned request, boolean pinned) {
        ProposalDesk.Found found = claim(caller, id, request.version(), pinned ? ProposalEvent.PIN : ProposalEvent.UNPIN);
        found.proposal().pin(pinned);
        return done(caller, found, pinned ? "pinned" : "unpinned");
    }

    public ProposalView swap(Caller caller, long id, ProposalRequests.Swap request) {
        ProposalDesk.Found found = claim(caller, id, request.version(), ProposalEvent.SWAP);
        ProposalRecord proposal = found.proposal();
        alternatives.moveTo(proposal, alternatives.choose(proposal, request.slotId()), ProposalEvent.SWAP);
        proposal.pin(true);
        return done(caller, found, "swapped to slot " + request.slotId() + " and pinned");
    }

    private ProposalDesk.Found claim(Caller caller, long id, Long version, ProposalEvent event) {
        access.requireRole(caller, AuditAction.UPDATE, ProposalDesk.SUBJECT, Role.COORDINATOR);
        return desk.claim(caller, id, version, event);
    }

    private ProposalView done(Caller caller, ProposalDesk.Found found, String detail) {
        em.flush();
        audit.allowed(caller, AuditAction.UPDATE, ProposalDesk.SUBJECT, found.proposal().getId(), found.caseCode(), detail);
        return desk.view(caller, found);
    }
}
