package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.registry.CarvedOutTask;
import jp.tsunagu.registry.HostOrganisation;
import jp.tsunagu.registry.TrialSlot;

/**
 * Reads what an exclusion or a request names from a body, checks it is the prefecture's, says where
 * it is (host and task) and finds the drafts it takes back. A body names the target of its level
 * directly ({@code slotId}, {@code taskId}, {@code hostId}), or through something inside it: a slot's
 * task or host, a task's host. So a screen that shows a proposal can exclude its task or its host
 * by sending the slot it shows.
 */
@ApplicationScoped
public class ExclusionTargets {

    /** Where a target lies, for the screens: the host always, the task unless the whole host is named. */
    public record Place(Long hostId, String hostName, Long taskId, String taskTitle) {
    }

    @PersistenceContext
    EntityManager em;

    /** The target of {@code level} (SLOT when null) from the ids a body gave; 400 naming the field otherwise. */
    ExclusionTarget read(String prefectureCode, ExclusionLevel level, Long slotId, Long taskId, Long hostId) {
        ExclusionLevel wanted = level == null ? ExclusionLevel.SLOT : level;
        TrialSlot slot = slotId == null ? null : slot(prefectureCode, slotId);
        CarvedOutTask task = taskId != null ? task(prefectureCode, taskId, "taskId")
                : slot != null ? em.find(CarvedOutTask.class, slot.getTaskId()) : null;
        return switch (wanted) {
            case SLOT -> {
                if (slot == null) {
                    throw new InvalidInputException("slotId", "除外する受入枠の番号を指定してください");
                }
                yield ExclusionTarget.slot(slot.getId());
            }
            case TASK -> {
                if (task == null) {
                    throw new InvalidInputException("taskId", "除外する業務の番号（または、その業務の受入枠の番号）を指定してください");
                }
                yield new ExclusionTarget(ExclusionLevel.TASK, task.getId());
            }
            case HOST -> {
                if (hostId != null) {
                    yield new ExclusionTarget(ExclusionLevel.HOST, host(prefectureCode, hostId).getId());
                }
                if (task == null) {
                    throw new InvalidInputException("hostId", "除外する受入事業所の番号（または、その業務・受入枠の番号）を指定してください");
                }
                yield new ExclusionTarget(ExclusionLevel.HOST, task.getHostId());
            }
        };
    }

    /** The host and task the target lies in. */
    public Place place(ExclusionTarget target) {
        CarvedOutTask task = switch (target.level()) {
            case SLOT -> {
                TrialSlot slot = em.find(TrialSlot.class, target.id());
                yield slot == null ? null : em.find(CarvedOutTask.class, slot.getTaskId());
            }
            case TASK -> em.find(CarvedOutTask.class, target.id());
            case HOST -> null;
        };
        HostOrganisation host = em.find(HostOrganisation.class, task != null ? task.getHostId() : target.id());
        return new Place(host == null ? null : host.getId(), host == null ? null : host.getName(),
                task == null ? null : task.getId(), task == null ? null : task.getTitle());
    }

    /** The person's drafts that propose a slot the target covers. */
    List<ProposalRecord> draftsWithin(long candidateId, ExclusionTarget target) {
        String within = switch (target.level()) {
            case SLOT -> "p.slotId = :target";
            case TASK -> "p.slotId in (select s.id from TrialSlot s where s.taskId = :target)";
            case HOST -> "p.hostId = :target";
        };
        return em.createQuery("select p from ProposalRecord p where p.candidateId = :c and " + within
                        + " and p.state = jp.tsunagu.proposal.ProposalState.DRAFT", ProposalRecord.class)
                .setParameter("c", candidateId).setParameter("target", target.id()).getResultList();
    }

    private TrialSlot slot(String prefectureCode, long slotId) {
        TrialSlot slot = em.find(TrialSlot.class, slotId);
        if (slot == null || !prefectureCode.equals(hostOf(em.find(CarvedOutTask.class, slot.getTaskId())))) {
            throw new InvalidInputException("slotId", "登録されていない受入枠です: " + slotId);
        }
        return slot;
    }

    private CarvedOutTask task(String prefectureCode, long taskId, String field) {
        CarvedOutTask task = em.find(CarvedOutTask.class, taskId);
        if (task == null || !prefectureCode.equals(hostOf(task))) {
            throw new InvalidInputException(field, "登録されていない業務です: " + taskId);
        }
        return task;
    }

    private HostOrganisation host(String prefectureCode, long hostId) {
        HostOrganisation host = em.find(HostOrganisation.class, hostId);
        if (host == null || !prefectureCode.equals(host.getPrefectureCode())) {
            throw new InvalidInputException("hostId", "登録されていない受入事業所です: " + hostId);
        }
        return host;
    }

    private String hostOf(CarvedOutTask task) {
        HostOrganisation host = task == null ? null : em.find(HostOrganisation.class, task.getHostId());
        return host == null ? null : host.getPrefectureCode();
    }
}
