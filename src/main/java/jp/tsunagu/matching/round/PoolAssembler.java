package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.candidate.CandidateProfile;
import jp.tsunagu.platform.PrefectureSettings;
import jp.tsunagu.proposal.ProposalRecord;
import jp.tsunagu.matching.problem.AccommodationFact;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.matching.problem.PickUpRun;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.SupervisorFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.matching.problem.TravelOverride;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.region.Municipality;
import jp.tsunagu.region.Prefecture;
import jp.tsunagu.registry.Accommodation;
import jp.tsunagu.registry.CarvedOutTask;
import jp.tsunagu.registry.HostOrganisation;
import jp.tsunagu.registry.Supervisor;
import jp.tsunagu.registry.TrialSlot;

/**
 * Reads a prefecture's pool from the registry as a {@link MatchingProblem}: the people whose
 * consent to matching is recorded, the open slots (and any slot a running placement holds), last
 * round's proposals for stability, measured travel times, and the prefecture's settings over the
 * documented defaults. Database ids become the problem's ids.
 */
@ApplicationScoped
public class PoolAssembler {

    /** A host never given a trial counts as this many weeks cold. */
    static final int NEVER_HAD_A_TRIAL_WEEKS = 52;

    @PersistenceContext
    EntityManager em;

    @Inject
    PrefectureSettings prefectureSettings;

    /** The pool of a new round of the prefecture, around what the lifecycle holds. */
    @Transactional(Transactional.TxType.REQUIRED)
    public MatchingProblem assemble(String prefectureCode, LocalDate roundStart, Integer solveSeconds) {
        return assemble(prefectureCode, roundStart, solveSeconds, holds(prefectureCode, null));
    }

    /** What a new round ({@code resolving} null) or a re-solve of a saved round solves around. */
    @Transactional(Transactional.TxType.REQUIRED)
    RoundHolds holds(String prefectureCode, Long resolving) {
        return RoundHolds.read(em, prefectureCode, resolving);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    MatchingProblem assemble(String prefectureCode, LocalDate roundStart, Integer solveSeconds, RoundHolds holds) {
        Prefecture prefecture = em.find(Prefecture.class, prefectureCode);
        List<MunicipalityFact> municipalities = em.createQuery(
                        "select m from Municipality m where m.prefectureCode = :p order by m.code", Municipality.class)
                .setParameter("p", prefectureCode).getResultStream()
                .map(MunicipalityFact::of)
                .toList();
        List<AccommodationFact> accommodations = em.createQuery(
                        "select a from Accommodation a where a.prefectureCode = :p order by a.id", Accommodation.class)
                .setParameter("p", prefectureCode).getResultStream()
                .map(a -> new AccommodationFact(a.getCode(), a.getLabelJa())).toList();

        List<Candidate> pool = em.createQuery("select c from Candidate c where c.prefectureCode = :p"
                        + " and c.status = jp.tsunagu.candidate.CandidateStatus.ACTIVE and c.consentToMatching = true"
                        + " order by c.id", Candidate.class)
                .setParameter("p", prefectureCode).getResultStream()
                .filter(c -> !holds.leftOut().contains(c.getId()))
                .toList();
        Set<Long> pinnedSlots = new HashSet<>(holds.pinned().values());

        List<HostOrganisation> hosts = em.createQuery(
                        "select h from HostOrganisation h where h.prefectureCode = :p order by h.id", HostOrganisation.class)
                .setParameter("p", prefectureCode).getResultList();
        List<CarvedOutTask> tasks = em.createQuery("select t from CarvedOutTask t, HostOrganisation h"
                        + " where t.hostId = h.id and h.prefectureCode = :p order by t.id", CarvedOutTask.class)
                .setParameter("p", prefectureCode).getResultList();
        List<TrialSlot> slots = em.createQuery("select s from TrialSlot s, CarvedOutTask t, HostOrganisation h"
                        + " where s.taskId = t.id and t.hostId = h.id and h.prefectureCode = :p order by s.id", TrialSlot.class)
                .setParameter("p", prefectureCode).getResultStream()
                .filter(s -> s.isOpen() || pinnedSlots.contains(s.getId()))
                .toList();
        List<Supervisor> supervisors = em.createQuery("select s from Supervisor s, HostOrganisation h"
                        + " where s.hostId = h.id and h.prefectureCode = :p order by s.id", Supervisor.class)
                .setParameter("p", prefectureCode).getResultList();

        Map<Long, Long> previousSlot = previousProposals(prefectureCode);
        // People stepping up keep their place: it stays taken under its supervisor too.
        Map<Long, Long> supervisorOfTask = tasks.stream().collect(Collectors.toMap(CarvedOutTask::getId,
                CarvedOutTask::getSupervisorId));
        Map<Long, Integer> heldUnder = new HashMap<>();
        slots.forEach(s -> {
            int held = holds.heldBySteppingUp().getOrDefault(s.getId(), 0);
            if (held > 0) {
                heldUnder.merge(supervisorOfTask.get(s.getTaskId()), held, Integer::sum);
            }
        });
        Set<Long> slotIds = slots.stream().map(TrialSlot::getId).collect(Collectors.toCollection(HashSet::new));
        List<TaskFact> taskFacts = tasks.stream().map(t -> new TaskFact(t.getId(), t.getHostId(), t.getTitle(),
                t.getWorkKind(), t.getPhysicalLoad(), t.getCustomerContact(), t.getAccommodationsOffered(),
                t.getSupervisorId())).toList();
        List<SlotFact> slotFacts = slots.stream().map(s -> new SlotFact(s.getId(), s.getTaskId(), s.getWeekdays(),
                        s.getStartTime(), s.getHoursPerDay(), s.getOpenFrom(), s.getOpenUntil(), s.getSeasonMonths(),
                        Math.max(0, s.getCapacity() - holds.heldBySteppingUp().getOrDefault(s.getId(), 0)),
                        s.getPickUpFrom(), s.getProgrammes(), s.getPickUpRuns().stream()
                                .map(r -> new PickUpRun(r.municipalityCode(), r.point(), r.minutes())).toList()))
                .toList();
        Map<Long, Set<Long>> excludedSlots = holds.excluded().expand(taskFacts, slotFacts, holds.pinned());

        return new MatchingProblem(prefectureCode, prefecture.getName(), roundStart, municipalities, accommodations,
                hosts.stream().map(h -> new HostFact(h.getId(), h.getName(), h.getKind(), h.getMunicipalityCode(),
                        h.getSiteAccommodations(), h.isActivelyAccepting(), weeksCold(h, roundStart))).toList(),
                supervisors.stream().map(s -> new SupervisorFact(s.getId(), s.getHostId(),
                        Math.max(0, s.getCapacity() - heldUnder.getOrDefault(s.getId(), 0)))).toList(),
                taskFacts,
                slotFacts,
                pool.stream().map(c -> candidateFact(c, previousSlot.get(c.getId()), holds, slotIds,
                        excludedSlots.getOrDefault(c.getId(), Set.of()))).toList(),
                travelOverrides(prefectureCode),
                settings(prefectureCode, solveSeconds));
    }

    private static CandidateFact candidateFact(Candidate c, Long previousSlotId, RoundHolds holds, Set<Long> slotIds,
                                               Set<Long> excludedSlots) {
        CandidateProfile p = c.profile();
        Long held = holds.pinned().get(c.getId());
        Long pinned = held != null && slotIds.contains(held) ? held : null;
        Long previous = previousSlotId != null && slotIds.contains(previousSlotId) ? previousSlotId : null;
        return new CandidateFact(c.getId(), c.getCaseCode(), p.municipalityCode(), c.getCounterId(), p.travelMode(),
                p.maxOneWayMinutes(), p.programme(), p.programmeStart(), p.extensionRecorded(), p.hoursPerDay(),
                p.daysPerWeek(), holds.steppingUp().getOrDefault(c.getId(), 0), p.availableDays(), p.availableFrom(),
                p.availableUntil(), p.accommodationNeeds(), p.interests(), p.excludedHostIds(),
                excludedSlots, p.priority(), p.waitingSince(), previous, pinned);
    }

    private static int weeksCold(HostOrganisation host, LocalDate roundStart) {
        if (host.getLastTrialOn() == null) {
            return NEVER_HAD_A_TRIAL_WEEKS;
        }
        return (int) Math.max(0, Math.min(NEVER_HAD_A_TRIAL_WEEKS, ChronoUnit.WEEKS.between(host.getLastTrialOn(), roundStart)));
    }

    /** The slot each person was proposed in the prefecture's last saved round. */
    private Map<Long, Long> previousProposals(String prefectureCode) {
        List<Long> last = em.createQuery("select r.id from MatchingRound r where r.prefectureCode = :p"
                        + " and r.status in (jp.tsunagu.matching.round.RoundStatus.COMPLETED,"
                        + " jp.tsunagu.matching.round.RoundStatus.STOPPED) order by r.id desc", Long.class)
                .setParameter("p", prefectureCode).setMaxResults(1).getResultList();
        if (last.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from ProposalRecord p where p.roundId = :r"
                        + " and p.state <> jp.tsunagu.proposal.ProposalState.SUPERSEDED order by p.id", ProposalRecord.class)
                .setParameter("r", last.get(0)).getResultStream()
                .collect(Collectors.toMap(ProposalRecord::getCandidateId, ProposalRecord::getSlotId, (older, newer) -> newer));
    }

    private List<TravelOverride> travelOverrides(String prefectureCode) {
        return em.createNativeQuery("select mode, from_code, to_code, minutes from travel_override where prefecture_code = ?")
                .setParameter(1, prefectureCode).getResultList().stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new TravelOverride(TravelMode.valueOf((String) r[0]), (String) r[1], (String) r[2],
                            ((Number) r[3]).intValue());
                }).toList();
    }

    /** The documented defaults with the prefecture's overrides, and the coordinator's time limit for this round. */
    MatchingSettings settings(String prefectureCode, Integer solveSeconds) {
        MatchingSettings settings = MatchingSettings.fromProperties(
                prefectureSettings.of(prefectureCode, MatchingSettings.defaultProperties()));
        return solveSeconds == null ? settings
                : settings.withSolveTime(solveSeconds, Math.min(settings.unimprovedSeconds(), solveSeconds));
    }
}
