package jp.tsunagu.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.tsunagu.access.Account;
import jp.tsunagu.access.PasswordHashing;
import jp.tsunagu.access.Role;
import jp.tsunagu.booking.SupportStaff;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.candidate.CandidateProfile;
import jp.tsunagu.counter.CounterKind;
import jp.tsunagu.counter.SupportCounter;
import jp.tsunagu.matching.problem.AccommodationFact;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.SupervisorFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.region.MunicipalityKind;
import jp.tsunagu.registry.Accommodation;
import jp.tsunagu.registry.CarvedOutTask;
import jp.tsunagu.registry.HostOrganisation;
import jp.tsunagu.registry.SlotPickUpRun;
import jp.tsunagu.registry.Supervisor;
import jp.tsunagu.registry.TrialSlot;

/**
 * Writes a generated sample week into an empty network: the accommodation catalogue, one counter
 * per city and one prefectural counter per wide area for its towns and villages, a staff member of
 * each counter and the prefecture's job coaches, the hosts with their supervisors, tasks and slots,
 * the people, the demo accounts of the README, and the lifecycle of two past weeks (published
 * rounds, running placements with attendance and follow-ups, declines), and a directory of social
 * resources (社会資源) across the wide areas.
 */
@ApplicationScoped
public class SampleNetworkLoader {

    /** The password of every demo account. Demo data only: a real network's accounts are created by its administrators. */
    public static final String DEMO_PASSWORD = "demo-pass";
    public static final String COORDINATOR = "coordinator";
    /** How many hosts get a demo employer account ({@code employer-H0001}, ...). */
    static final int DEMO_EMPLOYERS = 3;
    /** How many job coaches the prefecture itself has ({@code 長野県 ジョブコーチ1}, ...). */
    static final int PREFECTURAL_JOB_COACHES = 2;

    private static final Logger LOG = Logger.getLogger(SampleNetworkLoader.class.getName());
    private static final String EXTENSION_REASON = "段階的な支援が必要なため、支援調整会議で延長を決定";

    @PersistenceContext
    EntityManager em;

    public boolean isEmpty(String prefectureCode) {
        return em.createQuery("select count(c) from SupportCounter c where c.prefectureCode = :p", Long.class)
                .setParameter("p", prefectureCode).getSingleResult() == 0;
    }

    /** How new rows of one kind are written; the ids come back in the order of the entities. */
    interface Rows {
        <T> List<Long> insert(Class<T> type, List<T> entities);
    }

    /**
     * One transaction: a failed or interrupted load leaves the network empty, and the next start
     * loads it again. The registry and the people, the bulk of a large scale, are written in
     * multi-row statements ({@link BatchedInserts}); the rest one entity at a time.
     */
    @Transactional
    public void load(MatchingProblem problem) {
        load(problem, new BatchedInserts(em));
    }

    void load(MatchingProblem problem, Rows rows) {
        String prefecture = problem.prefectureCode();
        String passwordHash = PasswordHashing.hash(DEMO_PASSWORD);
        for (AccommodationFact a : problem.accommodations()) {
            persistInOrder(new Accommodation(prefecture, a.code(), a.labelJa()));
        }
        Map<String, SupportCounter> counterOf = counters(problem);
        staff(problem, counterOf);
        Map<String, MunicipalityFact> municipalities = problem.municipalities().stream()
                .collect(Collectors.toMap(MunicipalityFact::code, m -> m));

        List<HostOrganisation> hosts = new ArrayList<>();
        for (HostFact h : problem.hosts()) {
            HostOrganisation host = new HostOrganisation(prefecture, hostRef(h.id()));
            MunicipalityFact place = municipalities.get(h.municipalityCode());
            host.describe(h.name(), h.kind(), h.municipalityCode(), BigDecimal.valueOf(place.latitude()),
                    BigDecimal.valueOf(place.longitude()), "受入担当", "平日 9:00-17:00", h.activelyAccepting(),
                    h.siteAccommodations());
            if (h.weeksWithoutTrial() < 52) {
                host.recordTrial(problem.roundStart().minusWeeks(h.weeksWithoutTrial()));
            }
            hosts.add(host);
        }
        Map<Long, Long> hostIds = ids(problem.hosts(), HostFact::id, rows.insert(HostOrganisation.class, hosts));

        List<Supervisor> supervisors = problem.supervisors().stream()
                .map(s -> new Supervisor(hostIds.get(s.hostId()), "担当者" + s.id(), s.capacity())).toList();
        Map<Long, Long> supervisorIds = ids(problem.supervisors(), SupervisorFact::id,
                rows.insert(Supervisor.class, supervisors));

        List<CarvedOutTask> tasks = new ArrayList<>();
        for (TaskFact t : problem.tasks()) {
            CarvedOutTask task = new CarvedOutTask(hostIds.get(t.hostId()), "T" + t.id());
            task.describe(t.title(), t.workKind(), t.physicalLoad(), t.customerContact(), t.accommodationsOffered(),
                    supervisorIds.get(t.supervisorId()));
            tasks.add(task);
        }
        Map<Long, Long> taskIds = ids(problem.tasks(), TaskFact::id, rows.insert(CarvedOutTask.class, tasks));

        List<TrialSlot> slots = new ArrayList<>();
        for (SlotFact s : problem.slots()) {
            TrialSlot slot = new TrialSlot(taskIds.get(s.taskId()), "S" + s.id());
            slot.describe(s.weekdays(), s.startTime(), s.hoursPerDay(), s.openFrom(), s.openUntil(), s.seasonMonths(),
                    s.capacity(), s.pickUpFrom(), s.programmes(), s.pickUpRuns().stream()
                            .map(r -> new SlotPickUpRun(r.municipalityCode(), r.point(), r.minutes())).toList(), true);
            slots.add(slot);
        }
        Map<Long, Long> slotIds = ids(problem.slots(), SlotFact::id, rows.insert(TrialSlot.class, slots));

        List<Candidate> people = new ArrayList<>();
        Map<Long, Long> counterIds = new HashMap<>();
        for (CandidateFact c : problem.candidates()) {
            SupportCounter counter = counterOf.get(c.municipalityCode());
            Candidate candidate = new Candidate(prefecture, counter.getId(), c.caseCode());
            Set<Long> excluded = c.excludedHostIds().stream().map(hostIds::get).collect(Collectors.toCollection(TreeSet::new));
            candidate.describe(new CandidateProfile(c.municipalityCode(), c.travelMode(), c.maxOneWayMinutes(),
                    c.programme(), c.programmeStart(), c.extensionRecorded() ? EXTENSION_REASON : null,
                    c.hoursPerDay(), c.daysPerWeek(), c.availableDays(), c.availableFrom(), c.availableUntil(),
                    c.accommodationNeeds(), c.interests(), excluded, c.priority(), c.waitingSince(), true,
                    consentDate(c.waitingSince(), problem.roundStart())));
            if (c.pinnedSlotId() != null) {
                candidate.pinTo(slotIds.get(c.pinnedSlotId()));
            }
            people.add(candidate);
            counterIds.put(c.id(), counter.getId());
        }
        Map<Long, Long> candidateIds = ids(problem.candidates(), CandidateFact::id, rows.insert(Candidate.class, people));
        accounts(problem, counterOf, hostIds, passwordHash);
        new SampleLifecycle(em, problem, candidateIds, slotIds, hostIds, counterIds).write();
        new SampleSocialResources(em).write(prefecture, problem.municipalities());
        LOG.info(() -> "sample network loaded: " + problem.hosts().size() + " hosts, " + problem.slots().size()
                + " slots, " + problem.candidates().size() + " people");
    }

    private static <F> Map<Long, Long> ids(List<F> facts, java.util.function.ToLongFunction<F> factId, List<Long> ids) {
        Map<Long, Long> byFact = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            byFact.put(factId.applyAsLong(facts.get(i)), ids.get(i));
        }
        return byFact;
    }

    /**
     * Written at once: the provider writes the new objects of one flush in an order of its own, which
     * differs from load to load, and the ids of the sample must be the same on every load.
     */
    private void persistInOrder(Object entity) {
        persistInOrder(em, entity);
    }

    static void persistInOrder(EntityManager em, Object entity) {
        em.persist(entity);
        em.flush();
    }

    static String hostRef(long factId) {
        return String.format("H%04d", factId);
    }

    private static LocalDate consentDate(LocalDate waitingSince, LocalDate roundStart) {
        return waitingSince.isAfter(roundStart) ? roundStart : waitingSince;
    }

    /** One counter per city (市の自立相談支援機関); the prefecture's counter of each wide area serves its towns and villages. */
    private Map<String, SupportCounter> counters(MatchingProblem problem) {
        Map<String, SupportCounter> counterOf = new HashMap<>();
        Map<String, Set<String>> townsByArea = new LinkedHashMap<>();
        for (MunicipalityFact m : problem.municipalities()) {
            if (m.kind() == MunicipalityKind.CITY) {
                SupportCounter counter = new SupportCounter(problem.prefectureCode(), m.name() + " 自立相談支援機関",
                        CounterKind.SELF_RELIANCE_SUPPORT_AGENCY, Set.of(m.code()));
                persistInOrder(counter);
                counterOf.put(m.code(), counter);
            } else {
                townsByArea.computeIfAbsent(m.wideArea(), a -> new TreeSet<>()).add(m.code());
            }
        }
        townsByArea.forEach((area, codes) -> {
            SupportCounter counter = new SupportCounter(problem.prefectureCode(),
                    problem.prefectureName() + " " + area + "地域 生活就労支援センター",
                    CounterKind.SELF_RELIANCE_SUPPORT_AGENCY, codes);
            persistInOrder(counter);
            codes.forEach(code -> counterOf.put(code, counter));
        });
        return counterOf;
    }

    /**
     * Accompanying staff for visits and the first day: one 就労支援員 per counter and the
     * prefecture's job coaches (ジョブコーチ), in counter id order.
     */
    private void staff(MatchingProblem problem, Map<String, SupportCounter> counterOf) {
        String prefecture = problem.prefectureCode();
        counterOf.values().stream().distinct().sorted(Comparator.comparing(SupportCounter::getId))
                .forEach(counter -> persistInOrder(new SupportStaff(prefecture, counter.getId(),
                        counter.getName() + " 就労支援員A")));
        for (int i = 1; i <= PREFECTURAL_JOB_COACHES; i++) {
            persistInOrder(new SupportStaff(prefecture, null, problem.prefectureName() + " ジョブコーチ" + i));
        }
    }

    /** Demo logins: the coordinator, every counter ({@code counter-<JIS code of its first municipality>}), a few employers. */
    private void accounts(MatchingProblem problem, Map<String, SupportCounter> counterOf, Map<Long, Long> hostIds,
                          String passwordHash) {
        String prefecture = problem.prefectureCode();
        persistInOrder(new Account(COORDINATOR, passwordHash, Role.COORDINATOR, prefecture, null, null,
                problem.prefectureName() + " マッチング支援担当"));
        counterOf.values().stream().distinct().forEach(counter -> persistInOrder(new Account(
                counterUsername(counter), passwordHash, Role.COUNTER, prefecture, counter.getId(), null, counter.getName())));
        List<HostFact> hosts = problem.hosts();
        for (int i = 0; i < Math.min(DEMO_EMPLOYERS, hosts.size()); i++) {
            HostFact host = hosts.get(i);
            persistInOrder(new Account("employer-" + hostRef(host.id()), passwordHash, Role.EMPLOYER, prefecture, null,
                    hostIds.get(host.id()), host.name()));
        }
    }

    /**
     * {@code counter-} and the lowest JIS code the counter serves: the same name on every load. The
     * set's own order cannot be trusted once the provider has taken the entity over.
     */
    public static String counterUsername(SupportCounter counter) {
        return "counter-" + new TreeSet<>(counter.getServedMunicipalities()).first();
    }
}
