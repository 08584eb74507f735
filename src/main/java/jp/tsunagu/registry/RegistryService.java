package jp.tsunagu.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.Versions;

/**
 * Keeping the host registry: the coordinator registers hosts and keeps everything; an employer
 * manages its own organisation's tasks and slots; counters read the registry to discuss options.
 * Records are keyed by the registry's own references so that a CSV import can update them.
 */
@ApplicationScoped
@Transactional
public class RegistryService {

    static final String HOST = "host";
    static final String TASK = "task";
    static final String SLOT = "slot";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    RegistryReferences references;

    /** An employer lists only its own organisation's records; everyone else the prefecture's. */
    private static String ownHostOnly(Caller caller, String hostIdPath) {
        return caller.is(Role.EMPLOYER) ? " and " + hostIdPath + " = :own" : "";
    }

    private static <T> TypedQuery<T> scoped(Caller caller, TypedQuery<T> query) {
        query.setParameter("p", caller.prefectureCode());
        if (caller.is(Role.EMPLOYER)) {
            query.setParameter("own", caller.hostId());
        }
        return query;
    }

    // --- hosts ---------------------------------------------------------------------------------

    public List<HostView> hosts(Caller caller) {
        return scoped(caller, em.createQuery("select h from HostOrganisation h where h.prefectureCode = :p"
                        + ownHostOnly(caller, "h.id") + " order by h.id", HostOrganisation.class))
                .getResultList().stream().map(HostView::of).toList();
    }

    public HostView host(Caller caller, long id) {
        return HostView.of(readableHost(caller, id, AuditAction.READ));
    }

    public HostView createHost(Caller caller, HostInput input) {
        access.requireRole(caller, AuditAction.CREATE, HOST, Role.COORDINATOR);
        if (hostByRef(caller.prefectureCode(), input.externalRef()) != null) {
            throw new ClientErrorException("受入事業所 " + input.externalRef() + " は既に登録されています。",
                    Response.Status.CONFLICT);
        }
        HostOrganisation host = new HostOrganisation(caller.prefectureCode(), input.externalRef());
        describe(caller, host, input);
        em.persist(host);
        em.flush();
        return HostView.of(host);
    }

    public HostView updateHost(Caller caller, long id, HostInput input) {
        access.requireRole(caller, AuditAction.UPDATE, HOST, Role.COORDINATOR);
        HostOrganisation host = readableHost(caller, id, AuditAction.UPDATE);
        if (!host.getExternalRef().equals(input.externalRef())) {
            throw new InvalidInputException("externalRef", "登録番号は変更できません");
        }
        Versions.claim(em, host, input.version(), host.getVersion());
        describe(caller, host, input);
        em.flush();
        return HostView.of(host);
    }

    /** Creates or updates by reference, for imports. */
    public HostOrganisation saveHost(Caller caller, HostInput input) {
        HostOrganisation host = hostByRef(caller.prefectureCode(), input.externalRef());
        if (host == null) {
            host = new HostOrganisation(caller.prefectureCode(), input.externalRef());
            describe(caller, host, input);
            em.persist(host);
        } else {
            describe(caller, host, input);
        }
        return host;
    }

    private void describe(Caller caller, HostOrganisation host, HostInput input) {
        references.requireMunicipality(caller.prefectureCode(), input.municipalityCode(), "municipalityCode");
        references.requireAccommodations(caller.prefectureCode(), input.siteAccommodationsOrEmpty(), "siteAccommodations");
        host.describe(input.name(), input.kind(), input.municipalityCode(), input.latitude(), input.longitude(),
                input.contactPerson(), input.contactHours(), input.activelyAccepting(), input.siteAccommodationsOrEmpty());
    }

    public HostOrganisation hostByRef(String prefectureCode, String ref) {
        return em.createQuery("select h from HostOrganisation h where h.prefectureCode = :p and h.externalRef = :r",
                        HostOrganisation.class)
                .setParameter("p", prefectureCode).setParameter("r", ref)
                .getResultStream().findFirst().orElse(null);
    }

    private HostOrganisation readableHost(Caller caller, long id, AuditAction action) {
        HostOrganisation host = em.find(HostOrganisation.class, id);
        if (host == null) {
            throw AccessPolicy.notFound(HOST, id);
        }
        if (!access.mayReadHost(caller, host.getPrefectureCode(), host.getId())) {
            throw access.outOfScope(caller, action, HOST, id);
        }
        return host;
    }

    private HostOrganisation manageableHost(Caller caller, Long hostId, AuditAction action, String subject) {
        HostOrganisation host = hostId == null ? null : em.find(HostOrganisation.class, hostId);
        if (host == null) {
            throw new InvalidInputException("hostId", "登録されていない受入事業所です: " + hostId);
        }
        if (!access.mayManageHost(caller, host.getPrefectureCode(), host.getId())) {
            throw access.outOfScope(caller, action, subject, hostId);
        }
        return host;
    }

    // --- tasks ---------------------------------------------------------------------------------

    public List<TaskView> tasks(Caller caller) {
        List<CarvedOutTask> tasks = scoped(caller, em.createQuery("select t from CarvedOutTask t, HostOrganisation h"
                        + " where t.hostId = h.id and h.prefectureCode = :p"
                        + ownHostOnly(caller, "h.id") + " order by t.id", CarvedOutTask.class))
                .getResultList();
        var supervisors = scoped(caller, em.createQuery("select s from Supervisor s, HostOrganisation h"
                        + " where s.hostId = h.id and h.prefectureCode = :p" + ownHostOnly(caller, "h.id"), Supervisor.class))
                .getResultStream().collect(Collectors.toMap(Supervisor::getId, s -> s));
        return tasks.stream().map(t -> TaskView.of(t, supervisors.get(t.getSupervisorId()))).toList();
    }

    public TaskView task(Caller caller, long id) {
        CarvedOutTask task = readableTask(caller, id, AuditAction.READ);
        return TaskView.of(task, em.find(Supervisor.class, task.getSupervisorId()));
    }

    public TaskView createTask(Caller caller, TaskInput input) {
        access.requireRole(caller, AuditAction.CREATE, TASK, Role.COORDINATOR, Role.EMPLOYER);
        HostOrganisation host = manageableHost(caller, input.hostId(), AuditAction.CREATE, TASK);
        if (taskByRef(host.getId(), input.externalRef()) != null) {
            throw new ClientErrorException("業務 " + input.externalRef() + " は既に登録されています。",
                    Response.Status.CONFLICT);
        }
        CarvedOutTask task = new CarvedOutTask(host.getId(), input.externalRef());
        Supervisor supervisor = describe(caller, task, input);
        em.persist(task);
        em.flush();
        return TaskView.of(task, supervisor);
    }

    public TaskView updateTask(Caller caller, long id, TaskInput input) {
        access.requireRole(caller, AuditAction.UPDATE, TASK, Role.COORDINATOR, Role.EMPLOYER);
        CarvedOutTask task = readableTask(caller, id, AuditAction.UPDATE);
        manageableHost(caller, task.getHostId(), AuditAction.UPDATE, TASK);
        if (!task.getHostId().equals(input.hostId()) || !task.getExternalRef().equals(input.externalRef())) {
            throw new InvalidInputException("externalRef", "受入事業所と業務番号は変更できません");
        }
        Versions.claim(em, task, input.version(), task.getVersion());
        Supervisor supervisor = describe(caller, task, input);
        em.flush();
        return TaskView.of(task, supervisor);
    }

    /** Creates or updates by reference, for imports. */
    public CarvedOutTask saveTask(Caller caller, TaskInput input) {
        CarvedOutTask task = taskByRef(input.hostId(), input.externalRef());
        if (task == null) {
            task = new CarvedOutTask(input.hostId(), input.externalRef());
            describe(caller, task, input);
            em.persist(task);
        } else {
            describe(caller, task, input);
        }
        return task;
    }

    private Supervisor describe(Caller caller, CarvedOutTask task, TaskInput input) {
        references.requireAccommodations(caller.prefectureCode(), input.accommodationsOrEmpty(), "accommodationsOffered");
        Supervisor supervisor = em.createQuery("select s from Supervisor s where s.hostId = :h and s.name = :n",
                        Supervisor.class)
                .setParameter("h", input.hostId()).setParameter("n", input.supervisorName())
                .getResultStream().findFirst().orElse(null);
        if (supervisor == null) {
            supervisor = new Supervisor(input.hostId(), input.supervisorName(), input.supervisorCapacity());
            em.persist(supervisor);
            em.flush();
        } else {
            supervisor.changeCapacity(input.supervisorCapacity());
        }
        task.describe(input.title(), input.workKind(), input.physicalLoad(), input.customerContact(),
                input.accommodationsOrEmpty(), supervisor.getId());
        return supervisor;
    }

    public CarvedOutTask taskByRef(Long hostId, String ref) {
        return em.createQuery("select t from CarvedOutTask t where t.hostId = :h and t.externalRef = :r",
                        CarvedOutTask.class)
                .setParameter("h", hostId).setParameter("r", ref).getResultStream().findFirst().orElse(null);
    }

    private CarvedOutTask readableTask(Caller caller, long id, AuditAction action) {
        CarvedOutTask task = em.find(CarvedOutTask.class, id);
        if (task == null) {
            throw AccessPolicy.notFound(TASK, id);
        }
        HostOrganisation host = em.find(HostOrganisation.class, task.getHostId());
        if (!access.mayReadHost(caller, host.getPrefectureCode(), host.getId())) {
            throw access.outOfScope(caller, action, TASK, id);
        }
        return task;
    }

    // --- slots ---------------------------------------------------------------------------------

    public List<SlotView> slots(Caller caller) {
        List<Object[]> rows = scoped(caller, em.createQuery("select s, t.hostId from TrialSlot s, CarvedOutTask t, HostOrganisation h"
                        + " where s.taskId = t.id and t.hostId = h.id and h.prefectureCode = :p"
                        + ownHostOnly(caller, "h.id") + " order by s.id", Object[].class))
                .getResultList();
        return rows.stream().map(r -> SlotView.of((TrialSlot) r[0], (Long) r[1])).toList();
    }

    public SlotView slot(Caller caller, long id) {
        TrialSlot slot = em.find(TrialSlot.class, id);
        if (slot == null) {
            throw AccessPolicy.notFound(SLOT, id);
        }
        CarvedOutTask task = em.find(CarvedOutTask.class, slot.getTaskId());
        HostOrganisation host = em.find(HostOrganisation.class, task.getHostId());
        if (!access.mayReadHost(caller, host.getPrefectureCode(), host.getId())) {
            throw access.outOfScope(caller, AuditAction.READ, SLOT, id);
        }
        return SlotView.of(slot, host.getId());
    }

    public SlotView createSlot(Caller caller, SlotInput input) {
        access.requireRole(caller, AuditAction.CREATE, SLOT, Role.COORDINATOR, Role.EMPLOYER);
        CarvedOutTask task = manageableTask(caller, input.taskId(), AuditAction.CREATE);
        if (slotByRef(task.getId(), input.externalRef()) != null) {
            throw new ClientErrorException("受入枠 " + input.externalRef() + " は既に登録されています。",
                    Response.Status.CONFLICT);
        }
        TrialSlot slot = new TrialSlot(task.getId(), input.externalRef());
        describe(caller, slot, input);
        em.persist(slot);
        em.flush();
        return SlotView.of(slot, task.getHostId());
    }

    public SlotView updateSlot(Caller caller, long id, SlotInput input) {
        access.requireRole(caller, AuditAction.UPDATE, SLOT, Role.COORDINATOR, Role.EMPLOYER);
        TrialSlot slot = em.find(TrialSlot.class, id);
        if (slot == null) {
            throw AccessPolicy.notFound(SLOT, id);
        }
        CarvedOutTask task = manageableTask(caller, slot.getTaskId(), AuditAction.UPDATE);
        if (!slot.getTaskId().equals(input.taskId()) || !slot.getExternalRef().equals(input.externalRef())) {
            throw new InvalidInputException("externalRef", "業務と受入枠番号は変更できません");
        }
        Versions.claim(em, slot, input.version(), slot.getVersion());
        describe(caller, slot, input);
        em.flush();
        return SlotView.of(slot, task.getHostId());
    }

    /** Creates or updates by reference, for imports. */
    public TrialSlot saveSlot(Caller caller, SlotInput input) {
        TrialSlot slot = slotByRef(input.taskId(), input.externalRef());
        if (slot == null) {
            slot = new TrialSlot(input.taskId(), input.externalRef());
            describe(caller, slot, input);
            em.persist(slot);
        } else {
            describe(caller, slot, input);
        }
        return slot;
    }

    private void describe(Caller caller, TrialSlot slot, SlotInput input) {
        if (input.openUntil().isBefore(input.openFrom())) {
            throw new InvalidInputException("openUntil", "openFrom 以降の日付を指定してください");
        }
        if (input.startTime().plusHours(input.hoursPerDay()).isBefore(input.startTime())) {
            throw new InvalidInputException("hoursPerDay", "日をまたぐ受入枠は登録できません");
        }
        Set<String> pickUp = input.pickUpFrom() == null ? Set.of() : input.pickUpFrom();
        for (String code : pickUp) {
            references.requireMunicipality(caller.prefectureCode(), code, "pickUpFrom");
        }
        List<SlotPickUpRun> runs = input.pickUpRuns() == null ? List.of() : input.pickUpRuns();
        for (SlotPickUpRun run : runs) {
            references.requireMunicipality(caller.prefectureCode(), run.municipalityCode(), "pickUpRuns");
        }
        if (input.seasonMonths() != null && input.seasonMonths().stream().anyMatch(m -> m == null || m < 1 || m > 12)) {
            throw new InvalidInputException("seasonMonths", "月は 1〜12 で指定してください");
        }
        Set<Month> season = input.seasonMonths() == null ? Set.of()
                : input.seasonMonths().stream().map(Month::of).collect(Collectors.toSet());
        slot.describe(input.weekdays(), input.startTime(), input.hoursPerDay(), input.openFrom(), input.openUntil(),
                season, input.capacity(), pickUp, input.programmes() == null ? Set.of() : input.programmes(),
                runs, input.open() == null || input.open());
    }

    public TrialSlot slotByRef(Long taskId, String ref) {
        return em.createQuery("select s from TrialSlot s where s.taskId = :t and s.externalRef = :r", TrialSlot.class)
                .setParameter("t", taskId).setParameter("r", ref).getResultStream().findFirst().orElse(null);
    }

    private CarvedOutTask manageableTask(Caller caller, Long taskId, AuditAction action) {
        CarvedOutTask task = taskId == null ? null : em.find(CarvedOutTask.class, taskId);
        if (task == null) {
            throw new InvalidInputException("taskId", "登録されていない業務です: " + taskId);
        }
        manageableHost(caller, task.getHostId(), action, SLOT);
        return task;
    }
}
