package jp.tsunagu.matching.optimum;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.SupervisorFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.matching.travel.TravelTimes;

/**
 * Builds the {@link FlowNetwork} of a problem from the round's own pairwise rules
 * ({@link PairJudge}) and travel table ({@link TravelTimes}), so that the optimum and the solver
 * judge every pair alike. Placement weights are the settings' ({@link MatchingSettings#placementWeight}).
 */
public final class ProblemNetworks {

    private ProblemNetworks() {
    }

    /** Every feasible pair: the exact optimum. */
    public static ProblemNetwork allFeasiblePairs(MatchingProblem problem) {
        return build(problem, 0);
    }

    /**
     * Each person's {@code maxSlots} nearest feasible slots only (ties by slot order), plus a running
     * placement, for rounds too big for the exact network: its optimum is then the optimum over that
     * restriction, not a bound.
     */
    public static ProblemNetwork nearestFeasible(MatchingProblem problem, int maxSlots) {
        if (maxSlots <= 0) {
            throw new IllegalArgumentException("maxSlots must be positive");
        }
        return build(problem, maxSlots);
    }

    private static ProblemNetwork build(MatchingProblem problem, int maxSlots) {
        MatchingSettings settings = problem.settings() != null ? problem.settings() : MatchingSettings.defaults();
        MatchingProblem resolved = problem.withSettings(settings);
        TravelTimes travel = TravelTimes.of(resolved);
        PairJudge judge = new PairJudge(resolved.roundStart(), travel);

        Map<Long, HostFact> hosts = new HashMap<>();
        resolved.hosts().forEach(h -> hosts.put(h.id(), h));
        Map<Long, TaskFact> tasks = new HashMap<>();
        resolved.tasks().forEach(t -> tasks.put(t.id(), t));
        Map<Long, Integer> supervisorIndex = new HashMap<>();
        int[] supervisorCapacity = new int[resolved.supervisors().size()];
        for (int k = 0; k < supervisorCapacity.length; k++) {
            SupervisorFact supervisor = resolved.supervisors().get(k);
            supervisorIndex.put(supervisor.id(), k);
            supervisorCapacity[k] = supervisor.capacity();
        }

        List<SlotFact> slots = new ArrayList<>();
        for (SlotFact slot : resolved.slots()) {
            TaskFact task = tasks.get(slot.taskId());
            if (task != null && hosts.containsKey(task.hostId())
                    && travel.indexOf(hosts.get(task.hostId()).municipalityCode()) >= 0) {
                slots.add(slot);
            }
        }
        int slotCount = slots.size();
        long[] slotIds = new long[slotCount];
        int[] slotCapacity = new int[slotCount];
        int[] slotSupervisor = new int[slotCount];
        int[] hostMunicipality = new int[slotCount];
        TaskFact[] slotTask = new TaskFact[slotCount];
        HostFact[] slotHost = new HostFact[slotCount];
        boolean[][] pickUpFrom = new boolean[slotCount][];
        Map<Long, Integer> slotIndex = new HashMap<>();
        for (int s = 0; s < slotCount; s++) {
            SlotFact slot = slots.get(s);
            slotIds[s] = slot.id();
            slotIndex.put(slot.id(), s);
            slotCapacity[s] = slot.capacity();
            slotTask[s] = tasks.get(slot.taskId());
            slotHost[s] = hosts.get(slotTask[s].hostId());
            slotSupervisor[s] = supervisorIndex.getOrDefault(slotTask[s].supervisorId(), -1);
            hostMunicipality[s] = travel.indexOf(slotHost[s].municipalityCode());
            pickUpFrom[s] = new boolean[travel.municipalityCount()];
            for (String code : slot.pickUpFrom()) {
                int m = travel.indexOf(code);
                if (m >= 0) {
                    pickUpFrom[s][m] = true;
                }
            }
        }

        List<CandidateFact> candidates = resolved.candidates();
        int n = candidates.size();
        long[] candidateIds = new long[n];
        long[] weight = new long[n];
        int[][] feasibleSlots = new int[n][];
        int[][] minutes = new int[n][];
        int[] pinned = new int[n];
        long feasiblePairs = 0;
        int[] slotBuffer = new int[slotCount];
        int[] minuteBuffer = new int[slotCount];
        boolean[] ownReach = new boolean[travel.municipalityCount()];
        boolean[] pickUpReach = new boolean[travel.municipalityCount()];
        for (int c = 0; c < n; c++) {
            CandidateFact candidate = candidates.get(c);
            candidateIds[c] = candidate.id();
            long weeksWaited = candidate.waitingSince() == null
                    ? 0 : ChronoUnit.WEEKS.between(candidate.waitingSince(), resolved.roundStart());
            weight[c] = settings.placementWeight(candidate.priority(), weeksWaited);
            Integer pinnedIndex = candidate.pinnedSlotId() == null ? null : slotIndex.get(candidate.pinnedSlotId());
            pinned[c] = pinnedIndex == null ? -1 : pinnedIndex;

            int from = travel.indexOf(candidate.municipalityCode());
            int found = 0;
            if (from >= 0) {
                reachableHosts(travel, candidate, from, ownReach, pickUpReach);
                for (int s = 0; s < slotCount; s++) {
                    int to = hostMunicipality[s];
                    boolean ownRun = pickUpFrom[s][from] && !slots.get(s).pickUpRuns().isEmpty();
                    if (!ownReach[to] && !(pickUpReach[to] && pickUpFrom[s][from]) && !ownRun) {
                        continue; // cannot be reachable by either journey; the judge below decides the rest
                    }
                    Journey journey = travel.journey(from, candidate.travelMode(), candidate.maxOneWayMinutes(),
                            hostMunicipality[s], TravelTimes.pickUpMinutes(slots.get(s), candidate.municipalityCode()));
                    if (journey.reachable()
                            && passesAll(judge, candidate, slots.get(s), slotTask[s], slotHost[s], journey)) {
                        slotBuffer[found] = s;
                        minuteBuffer[found] = journey.minutes();
                        found++;
                    }
                }
            }
            feasiblePairs += found;
            int keep = maxSlots > 0 ? Math.min(found, maxSlots) : found;
            int[] order = nearestFirst(slotBuffer, minuteBuffer, found, keep);
            feasibleSlots[c] = new int[keep];
            minutes[c] = new int[keep];
            for (int i = 0; i < keep; i++) {
                feasibleSlots[c][i] = slotBuffer[order[i]];
                minutes[c][i] = minuteBuffer[order[i]];
            }
            keepRunningPlacement(pinned[c], slotBuffer, minuteBuffer, found, feasibleSlots, minutes, c);
        }
        FlowNetwork network = new FlowNetwork(weight, feasibleSlots, minutes, slotCapacity, slotSupervisor,
                supervisorCapacity, pinned);
        return new ProblemNetwork(network, candidateIds, slotIds, maxSlots, feasiblePairs);
    }

    /** A restricted range still holds the person's running placement, so that its minutes are counted. */
    private static void keepRunningPlacement(int pinnedSlot, int[] slots, int[] minutes, int found,
                                             int[][] keptSlots, int[][] keptMinutes, int c) {
        if (pinnedSlot < 0) {
            return;
        }
        for (int slot : keptSlots[c]) {
            if (slot == pinnedSlot) {
                return;
            }
        }
        for (int i = 0; i < found; i++) {
            if (slots[i] == pinnedSlot) {
                keptSlots[c] = Arrays.copyOf(keptSlots[c], keptSlots[c].length + 1);
                keptMinutes[c] = Arrays.copyOf(keptMinutes[c], keptMinutes[c].length + 1);
                keptSlots[c][keptSlots[c].length - 1] = pinnedSlot;
                keptMinutes[c][keptMinutes[c].length - 1] = minutes[i];
                return;
            }
        }
    }

    /** Every pair rule, stopping at the first one broken (the judge's own definitions). */
    private static boolean passesAll(PairJudge judge, CandidateFact candidate, SlotFact slot, TaskFact task,
                                     HostFact host, Journey journey) {
        for (PairRule rule : RULES) {
            if (!judge.passes(rule, candidate, slot, task, host, journey)) {
                return false;
            }
        }
        return true;
    }

    private static final PairRule[] RULES = PairRule.values();

    /**
     * A quick necessary condition, so that a hundred times the sample week is judged in seconds:
     * which municipalities the person could reach by their own mode, and which by a pick-up, within
     * the limits. {@link TravelTimes#journey} still decides every pair that passes.
     */
    private static void reachableHosts(TravelTimes travel, CandidateFact candidate, int from, boolean[] own,
                                       boolean[] pickUp) {
        TravelMode mode = candidate.travelMode();
        int ownLimit = travel.limitMinutes(candidate.maxOneWayMinutes(), mode);
        int pickUpLimit = travel.limitMinutes(candidate.maxOneWayMinutes(), TravelMode.PICK_UP);
        for (int to = 0; to < own.length; to++) {
            own[to] = mode != TravelMode.PICK_UP && travel.minutes(mode, from, to) <= ownLimit;
            pickUp[to] = travel.minutes(TravelMode.PICK_UP, from, to) <= pickUpLimit;
        }
    }

    /** Positions of the {@code keep} shortest journeys, ties by slot index; all positions in order when all are kept. */
    private static int[] nearestFirst(int[] slots, int[] minutes, int found, int keep) {
        Integer[] order = new Integer[found];
        for (int i = 0; i < found; i++) {
            order[i] = i;
        }
        if (keep < found) {
            Arrays.sort(order, (a, b) -> minutes[a] != minutes[b]
                    ? Integer.compare(minutes[a], minutes[b]) : Integer.compare(slots[a], slots[b]));
        }
        int[] result = new int[keep];
        for (int i = 0; i < keep; i++) {
            result[i] = order[i];
        }
        return result;
    }
}
