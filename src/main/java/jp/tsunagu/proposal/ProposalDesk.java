package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.platform.Versions;
import jp.tsunagu.registry.WorkKind;

/**
 * Finds a proposal for a caller, within the caller's scope: the coordinator any of the prefecture,
 * a counter its own people's from publication on, an employer its own host's from the person's
 * consent on. Anything else answers 404 as if it did not exist, and the refusal is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProposalDesk {

    static final String SUBJECT = "proposal";
    static final Jsonb JSON = JsonbBuilder.create();
    static final Type ALTERNATIVES = new ArrayList<AlternativeOutcome>() { }.getClass().getGenericSuperclass();

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    /** A proposal and its person, found in the caller's scope. */
    public record Found(ProposalRecord proposal, Candidate person) {

        public String prefectureCode() {
            return person.getPrefectureCode();
        }

        public String caseCode() {
            return person.getCaseCode();
        }
    }

    public Found find(Caller caller, long id, AuditAction action) {
        ProposalRecord proposal = em.find(ProposalRecord.class, id);
        if (proposal == null) {
            throw AccessPolicy.notFound(SUBJECT, id);
        }
        Candidate person = em.find(Candidate.class, proposal.getCandidateId());
        if (!inScope(caller, proposal, person)) {
            throw access.outOfScope(caller, action, SUBJECT, id);
        }
        return new Found(proposal, person);
    }

    /**
     * Finds the proposal for a change: first whether its state allows {@code event} (409 saying
     * why), then whether the caller read its current version (409 if someone changed it since).
     */
    Found claim(Caller caller, long id, Long version, ProposalEvent event) {
        Found found = find(caller, id, AuditAction.UPDATE);
        ProposalTransitions.require(found.proposal().getState(), event);
        Versions.claim(em, found.proposal(), version, found.proposal().getVersion());
        return found;
    }

    private boolean inScope(Caller caller, ProposalRecord proposal, Candidate person) {
        if (!caller.prefectureCode().equals(person.getPrefectureCode())) {
            return false;
        }
        return proposal.getState().shownTo(caller.role()) && switch (caller.role()) {
            case COORDINATOR -> true;
            case COUNTER -> access.mayWrite(caller, person.getPrefectureCode(), proposal.getMunicipalityCode());
            case EMPLOYER -> access.mayReadHost(caller, person.getPrefectureCode(), proposal.getHostId());
        };
    }

    /** The proposal as the coordinator or the counter reads it (see {@link ProposalView#of}). */
    public ProposalView view(Caller caller, Found found) {
        ProposalRecord p = found.proposal();
        Object[] names = em.createQuery("select h.name, t.title, t.workKind from HostOrganisation h, TrialSlot s,"
                        + " CarvedOutTask t where h.id = :h and s.id = :s and t.id = s.taskId", Object[].class)
                .setParameter("h", p.getHostId()).setParameter("s", p.getSlotId()).getSingleResult();
        return ProposalView.of(p, found.caseCode(), (String) names[0], (String) names[1], (WorkKind) names[2],
                caller.is(Role.COORDINATOR));
    }

    static List<AlternativeOutcome> alternatives(ProposalRecord p) {
        return JSON.fromJson(p.getAlternativesJson(), ALTERNATIVES);
    }
}
