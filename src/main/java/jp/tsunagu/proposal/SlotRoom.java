package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.tsunagu.platform.LifecycleConflict;
import jp.tsunagu.registry.CarvedOutTask;
import jp.tsunagu.registry.Supervisor;
import jp.tsunagu.registry.TrialSlot;

/**
 * Whether a slot has room for one more person now, outside any round: its capacity and its
 * supervisor's against the live proposals (draft, published, accepted) and the running placements
 * in it. Checked when a person moves to an alternative after the round was solved.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SlotRoom {

    @PersistenceContext
    EntityManager em;

    /**
     * Refuses (409) unless the slot and its supervisor have room for a person who leaves
     * {@code leavingSlotId} (their own place there counts as free). Locks the slot row, so that two
     * people moving into its last place at once are serialised and only one succeeds.
     */
    public void requireRoom(long slotId, Long leavingSlotId) {
        TrialSlot slot = em.find(TrialSlot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null) {
            throw new LifecycleConflict("その受入枠は登録されていません。別の選択肢を選んでください。");
        }
        CarvedOutTask task = em.find(CarvedOutTask.class, slot.getTaskId());
        Supervisor supervisor = em.find(Supervisor.class, task.getSupervisorId());
        if (taken("p.slotId = :s", "pl.slotId = :s", slotId) >= slot.getCapacity()) {
            throw new LifecycleConflict("その受入枠は定員（" + slot.getCapacity() + " 人）に達しています。別の選択肢を選んでください。");
        }
        long underSupervisor = taken("p.slotId in (select s.id from TrialSlot s, CarvedOutTask t where s.taskId = t.id"
                        + " and t.supervisorId = :s)",
                "pl.slotId in (select s.id from TrialSlot s, CarvedOutTask t where s.taskId = t.id and t.supervisorId = :s)",
                supervisor.getId());
        boolean sameSupervisor = leavingSlotId != null && supervisorOf(leavingSlotId) == supervisor.getId().longValue();
        if (underSupervisor - (sameSupervisor ? 1 : 0) >= supervisor.getCapacity()) {
            throw new LifecycleConflict("その受入枠の指導担当者は受け入れ人数の上限（" + supervisor.getCapacity()
                    + " 人）に達しています。別の選択肢を選んでください。");
        }
    }

    private long supervisorOf(long slotId) {
        return em.createQuery("select t.supervisorId from TrialSlot s, CarvedOutTask t where s.id = :s and t.id = s.taskId",
                Long.class).setParameter("s", slotId).getSingleResult();
    }

    private long taken(String proposalFilter, String placementFilter, long id) {
        long proposals = em.createQuery("select count(p) from ProposalRecord p where " + proposalFilter
                        + " and p.state in :open", Long.class)
                .setParameter("s", id).setParameter("open", ProposalState.OPEN).getSingleResult();
        long placements = em.createQuery("select count(pl) from Placement pl where " + placementFilter
                        + " and pl.state = jp.tsunagu.placement.PlacementState.ACTIVE", Long.class)
                .setParameter("s", id).getSingleResult();
        return proposals + placements;
    }
}
