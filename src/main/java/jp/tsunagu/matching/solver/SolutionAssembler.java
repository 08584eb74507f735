package jp.tsunagu.matching.solver;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.SupervisorFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.matching.travel.TravelTimes;

/**
 * Turns a {@link MatchingProblem} into a {@link MatchingSolution}: resolves ids to objects, computes
 * the travel table once, judges every person × slot pair, and keeps for each person the feasible
 * slots with the shortest journeys ({@code settings.maxSlotsPerCandidate}) plus their running or
 * last-round slot. Everything the constraints read is computed here.
 *
 * <p>Broken references are logged and left out rather than failing the round: a slot whose task or
 * host is unknown is not offered; a person from an unknown municipality reaches nothing; a pin to
 * an unknown slot is dropped.
 */
public final class SolutionAssembler {

    private static final System.Logger LOG = System.getLogger(SolutionAssembler.class.getName());
    private static final Comparator<SlotOption> NEAREST_FIRST = Comparator
            .comparingInt((SlotOption o) -> o.journey().minutes())
            .thenComparingInt(o -> o.slot().index());

    private SolutionAssembler() {
    }

    /** The planning solution of a problem, nobody placed except the pinned; settings null means the defaults. */
    public static MatchingSolution toSolution(MatchingProblem problem) {
        MatchingSettings settings = problem.settings() != null ? problem.settings() : MatchingSettings.defaults();
        MatchingProblem resolved = problem.settings() != null ? problem : problem.withSettings(settings);
        TravelTimes travel = TravelTimes.of(resolved);
        PairEvaluator evaluator = new PairEvaluator(new PairJudge(resolved.roundStart(), travel));

        Map<String, MunicipalityFact> municipalities = new HashMap<>();
        for (MunicipalityFact m : resolved.municipalities()) {
            municipalities.put(m.code(), m);
        }
        Map<Long, Host> hosts = new LinkedHashMap<>();
        for (HostFact h : resolved.hosts()) {
            MunicipalityFact m = municipalities.get(h.municipalityCode());
            if (m == null) {
                LOG.log(Level.WARNING, "host {0} lies in unknown municipality {1}; its slots are not offered",
                        h.id(), h.municipalityCode());
                continue;
            }
            hosts.put(h.id(), new Host(h, travel.indexOf(m.code()), m.wideArea()));
        }
        Map<Long, Supervisor> supervisors = new LinkedHashMap<>();
        for (SupervisorFact s : resolved.supervisors()) {
            supervisors.put(s.id(), new Supervisor(s.id(), s.capacity()));
        }
        Map<Long, TaskFact> tasks = new HashMap<>();
        for (TaskFact t : resolved.tasks()) {
            tasks.put(t.id(), t);
        }
        List<Slot> slots = new ArrayList<>();
        Map<Long, Slot> slotById = new HashMap<>();
        for (SlotFact s : resolved.slots()) {
            TaskFact task = tasks.get(s.taskId());
            Host host = task == null ? null : hosts.get(task.hostId());
            if (host == null) {
                LOG.log(Level.WARNING, "slot {0} has no known task or host; it is not offered", s.id());
                continue;
            }
            Supervisor supervisor = supervisors.get(task.supervisorId());
            if (supervisor == null) {
                LOG.log(Level.WARNING, "task {0} names unknown supervisor {1}; only the slot capacity applies",
                        task.id(), task.supervisorId());
                supervisor = new Supervisor(task.supervisorId(), Integer.MAX_VALUE);
                supervisors.put(task.supervisorId(), supervisor);
            }
            Slot slot = new Slot(slots.size(), s, task, host, supervisor);
            slots.add(slot);
            slotById.put(s.id(), slot);
        }

        @SuppressWarnings("unchecked")
        List<Slot>[] slotsByMunicipality = new List[travel.municipalityCount()];
        for (int m = 0; m < slotsByMunicipality.length; m++) {
            slotsByMunicipality[m] = new ArrayList<>();
        }
        for (Slot slot : slots) {
            slotsByMunicipality[slot.host().municipalityIndex()].add(slot);
        }
        List<Placement> placements = new ArrayList<>(resolved.candidates().size());
        for (CandidateFact c : resolved.candidates()) {
            placements.add(placement(c, resolved.roundStart(), settings, travel, municipalities, slotsByMunicipality,
                    slotById, evaluator));
        }
        return new MatchingSolution(resolved, evaluator, List.copyOf(slots), List.copyOf(hosts.values()),
                List.copyOf(supervisors.values()), placements, MatchingWeights.from(settings), slotById,
                inRangeBySlot(slots.size(), placements));
    }

    private static Placement placement(CandidateFact c, LocalDate roundStart, MatchingSettings settings,
                                       TravelTimes travel, Map<String, MunicipalityFact> municipalities,
                                       List<Slot>[] slotsByMunicipality, Map<Long, Slot> slotById,
                                       PairEvaluator evaluator) {
        MunicipalityFact home = municipalities.get(c.municipalityCode());
        if (home == null) {
            LOG.log(Level.WARNING, "person {0} lives in unknown municipality {1}; no slot is within reach",
                    c.caseCode(), c.municipalityCode());
        }
        int from = home == null ? -1 : travel.indexOf(home.code());
        String wideArea = home == null ? null : home.wideArea();

        List<SlotOption> feasible = new ArrayList<>();
        if (from >= 0) {
            for (int to = 0; to < slotsByMunicipality.length; to++) {
                // The cheapest rule first: most municipalities of a prefecture are out of reach by
                // any mode, and then none of their slots needs a look.
                boolean ownReachable = c.travelMode() != TravelMode.PICK_UP && travel.minutes(c.travelMode(), from, to)
                        <= travel.limitMinutes(c.maxOneWayMinutes(), c.travelMode());
                boolean pickUpReachable = travel.minutes(TravelMode.PICK_UP, from, to)
                        <= travel.limitMinutes(c.maxOneWayMinutes(), TravelMode.PICK_UP);
                if (!ownReachable && !pickUpReachable) {
                    continue;
                }
                for (Slot slot : slotsByMunicipality[to]) {
                    Journey journey = evaluator.journey(c, from, slot);
                    if (!journey.reachable()) {
                        continue;
                    }
                    SlotOption option = evaluator.evaluate(c, from, wideArea, slot, journey);
                    if (option.feasible()) {
                        feasible.add(option);
                    }
                }
            }
        }
        feasible.sort(NEAREST_FIRST);
        List<SlotOption> range = new ArrayList<>(feasible.subList(0, Math.min(feasible.size(),
                Math.max(0, settings.maxSlotsPerCandidate()))));
        Slot previous = lookUp(c.previousSlotId(), slotById, c, "last round's");
        Slot pinned = lookUp(c.pinnedSlotId(), slotById, c, "pinned");
        keep(range, previous, c, from, wideArea, evaluator);
        keep(range, pinned, c, from, wideArea, evaluator);

        long weeksWaited = c.waitingSince() == null ? 0 : ChronoUnit.WEEKS.between(c.waitingSince(), roundStart);
        Placement placement = new Placement(c, from, wideArea, settings.placementWeight(c.priority(), weeksWaited),
                previous, range, evaluator);
        if (pinned != null) {
            placement.pinTo(pinned);
        }
        return placement;
    }

    private static int[][] inRangeBySlot(int slotCount, List<Placement> placements) {
        int[] counts = new int[slotCount];
        for (Placement p : placements) {
            for (Slot slot : p.getSlotOptions()) {
                counts[slot.index()]++;
            }
        }
        int[][] index = new int[slotCount][];
        for (int s = 0; s < slotCount; s++) {
            index[s] = new int[counts[s]];
            counts[s] = 0;
        }
        for (int i = 0; i < placements.size(); i++) {
            for (Slot slot : placements.get(i).getSlotOptions()) {
                index[slot.index()][counts[slot.index()]++] = i;
            }
        }
        return index;
    }

    /** Running and last-round slots stay in the range even when a rule now fails: the re-check sees them. */
    private static void keep(List<SlotOption> range, Slot slot, CandidateFact c, int from, String wideArea,
                             PairEvaluator evaluator) {
        if (slot == null) {
            return;
        }
        for (SlotOption option : range) {
            if (option.slot() == slot) {
                return;
            }
        }
        range.add(evaluator.evaluate(c, from, wideArea, slot));
    }

    private static Slot lookUp(Long slotId, Map<Long, Slot> slotById, CandidateFact c, String what) {
        if (slotId == null) {
            return null;
        }
        Slot slot = slotById.get(slotId);
        if (slot == null) {
            LOG.log(Level.WARNING, "person {0}: {1} slot {2} is no longer offered", c.caseCode(), what, slotId);
        }
        return slot;
    }
}
