package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.tsunagu.candidate.CandidateWithdrawn;
import jp.tsunagu.platform.LifecycleConflict;

/**
 * A person withdrawn from matching leaves no proposal holding a slot: undecided ones are closed; an
 * accepted one, which a host is answering, must be declined first.
 */
@ApplicationScoped
public class WithdrawalCheck {

    @PersistenceContext
    EntityManager em;

    void closeProposals(@Observes CandidateWithdrawn withdrawn) {
        for (ProposalRecord p : em.createQuery("select p from ProposalRecord p where p.candidateId = :c"
                        + " and p.state in :open", ProposalRecord.class)
                .setParameter("c", withdrawn.person().getId()).setParameter("open", ProposalState.OPEN).getResultList()) {
            if (p.getState() == ProposalState.ACCEPTED) {
                throw new LifecycleConflict("受入先の回答を待っている提案（受付番号 " + p.getId()
                        + "）があります。先にその提案を辞退してください。");
            }
            p.apply(ProposalEvent.EXPIRE);
        }
    }
}
