package jp.tsunagu.matching.optimum;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jgrapht.alg.util.UnionFind;

/**
 * A round's network cut into its independent parts. People reach only the slots near them, so a
 * prefecture falls apart into groups of people and slots that share no slot and no supervisor,
 * not even through others: no assignment in one group can change what is best in another. The
 * optimum of the whole is then the optimum of each part, put side by side; and since the exact
 * flow's time grows faster than its size, many small flows are much quicker than one large one,
 * and they run on every core.
 *
 * <p>Solving is time-budgeted: parts are started largest first while the budget lasts, and a part
 * not started in time is reported as not solved, its people {@link FlowAssignment#UNPLACED}, so
 * that a caller (the solver's seed) can leave them to its own heuristics.
 */
public final class FlowParts {

    /**
     * One independent part: its own network, and where its people and slots are in the whole.
     *
     * @param network    the part alone, indexed 0.. within the part
     * @param candidates the whole's index of each of the part's people
     * @param slots      the whole's index of each of the part's slots
     */
    public record Part(FlowNetwork network, int[] candidates, int[] slots) {
        public long pairs() {
            return network.pairs();
        }
    }

    /**
     * The outcome of a budgeted solve.
     *
     * @param assignment    the whole's slot of each person (UNPLACED also for people of parts not solved)
     * @param parts         how many independent parts the network has
     * @param solvedParts   how many were solved within the budget
     * @param largestPairs  pairs of the largest part
     * @param solvedCandidate true for each person whose part was solved
     */
    public record Outcome(FlowAssignment assignment, int parts, int solvedParts, long largestPairs,
                          boolean[] solvedCandidate) {
        public boolean complete() {
            return solvedParts == parts;
        }
    }

    private FlowParts() {
    }

    /** The independent parts, largest (in pairs) first; people without any feasible slot are left out. */
    public static List<Part> of(FlowNetwork whole) {
        int n = whole.candidates();
        int slotCount = whole.slots();
        int supervisorCount = whole.supervisorCapacity().length;
        int vertices = n + slotCount + supervisorCount;
        UnionFind<Integer> groups = new UnionFind<>(
                IntStream.range(0, vertices).boxed().collect(Collectors.toCollection(LinkedHashSet::new)));
        for (int c = 0; c < n; c++) {
            for (int s : whole.feasibleSlotsOfCandidate()[c]) {
                groups.union(c, n + s);
            }
            int pinned = whole.pinnedSlotOfCandidate()[c];
            if (pinned >= 0) {
                groups.union(c, n + pinned);
            }
        }
        for (int s = 0; s < slotCount; s++) {
            int supervisor = whole.slotSupervisor()[s];
            if (supervisor >= 0) {
                groups.union(n + s, n + slotCount + supervisor);
            }
        }
        // Group members by root, keeping the whole's order inside each part (so results are stable).
        int[] partOfRoot = new int[vertices];
        Arrays.fill(partOfRoot, -1);
        List<IntList> peopleOfPart = new ArrayList<>();
        List<IntList> slotsOfPart = new ArrayList<>();
        List<IntList> supervisorsOfPart = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (whole.feasibleSlotsOfCandidate()[c].length == 0 && whole.pinnedSlotOfCandidate()[c] < 0) {
                continue;
            }
            int root = groups.find(c);
            if (partOfRoot[root] < 0) {
                partOfRoot[root] = peopleOfPart.size();
                peopleOfPart.add(new IntList());
                slotsOfPart.add(new IntList());
                supervisorsOfPart.add(new IntList());
            }
            peopleOfPart.get(partOfRoot[root]).add(c);
        }
        for (int s = 0; s < slotCount; s++) {
            int part = partOfRoot[groups.find(n + s)];
            if (part >= 0) {
                slotsOfPart.get(part).add(s);
            }
        }
        for (int k = 0; k < supervisorCount; k++) {
            int part = partOfRoot[groups.find(n + slotCount + k)];
            if (part >= 0) {
                supervisorsOfPart.get(part).add(k);
            }
        }
        int[] localSlot = new int[slotCount];
        int[] localSupervisor = new int[supervisorCount];
        List<Part> parts = new ArrayList<>(peopleOfPart.size());
        for (int p = 0; p < peopleOfPart.size(); p++) {
            int[] people = peopleOfPart.get(p).toArray();
            int[] slots = slotsOfPart.get(p).toArray();
            int[] supervisors = supervisorsOfPart.get(p).toArray();
            for (int i = 0; i < slots.length; i++) {
                localSlot[slots[i]] = i;
            }
            for (int i = 0; i < supervisors.length; i++) {
                localSupervisor[supervisors[i]] = i;
            }
            parts.add(new Part(subNetwork(whole, people, slots, supervisors, localSlot, localSupervisor), people, slots));
        }
        parts.sort(Comparator.comparingLong(Part::pairs).reversed());
        return parts;
    }

    private static FlowNetwork subNetwork(FlowNetwork whole, int[] people, int[] slots, int[] supervisors,
                                          int[] localSlot, int[] localSupervisor) {
        long[] weight = new long[people.length];
        int[][] feasible = new int[people.length][];
        int[][] minutes = new int[people.length][];
        int[] pinned = new int[people.length];
        for (int i = 0; i < people.length; i++) {
            int c = people[i];
            weight[i] = whole.candidateWeight()[c];
            int[] wholeSlots = whole.feasibleSlotsOfCandidate()[c];
            feasible[i] = new int[wholeSlots.length];
            for (int j = 0; j < wholeSlots.length; j++) {
                feasible[i][j] = localSlot[wholeSlots[j]];
            }
            minutes[i] = whole.travelMinutesOfCandidate()[c];
            int pin = whole.pinnedSlotOfCandidate()[c];
            pinned[i] = pin < 0 ? -1 : localSlot[pin];
        }
        int[] capacity = new int[slots.length];
        int[] supervisorOfSlot = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
            capacity[i] = whole.slotCapacity()[slots[i]];
            int supervisor = whole.slotSupervisor()[slots[i]];
            supervisorOfSlot[i] = supervisor < 0 ? -1 : localSupervisor[supervisor];
        }
        int[] supervisorCapacity = new int[supervisors.length];
        for (int i = 0; i < supervisors.length; i++) {
            supervisorCapacity[i] = whole.supervisorCapacity()[supervisors[i]];
        }
        return new FlowNetwork(weight, feasible, minutes, capacity, supervisorOfSlot, supervisorCapacity, pinned);
    }

    /** The exact optimum of the whole, part by part on every core, without a time limit. */
    public static FlowAssignment solve(FlowNetwork whole) {
        return solve(whole, null, Runtime.getRuntime().availableProcessors()).assignment();
    }

    /**
     * The optimum of each part started within {@code budget} (null: no limit), on {@code threads}
     * threads, largest first. A part still being solved when the budget and a grace of a tenth of it
     * have passed is left unsolved (its people are placed by the search): one part of a national
     * network can take minutes, longer than a short round's whole limit. Its thread cannot be stopped
     * inside the flow library; it is a daemon that ends with its computation, and its result is dropped.
     */
    public static Outcome solve(FlowNetwork whole, Duration budget, int threads) {
        List<Part> parts = of(whole);
        long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
        int[] slotOfCandidate = new int[whole.candidates()];
        Arrays.fill(slotOfCandidate, FlowAssignment.UNPLACED);
        for (int c = 0; c < whole.candidates(); c++) {
            // Running placements stay even where their part is not solved in time.
            slotOfCandidate[c] = whole.pinnedSlotOfCandidate()[c] >= 0 ? whole.pinnedSlotOfCandidate()[c]
                    : FlowAssignment.UNPLACED;
        }
        boolean[] solved = new boolean[whole.candidates()];
        int solvedParts = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "flow-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FlowAssignment>> results = new ArrayList<>(parts.size());
            for (Part part : parts) {
                results.add(pool.submit(() -> System.nanoTime() > deadline ? null : FlowOptimum.solve(part.network())));
            }
            long giveUp = budget == null ? Long.MAX_VALUE : deadline + budget.toNanos() / 10;
            for (int p = 0; p < parts.size(); p++) {
                FlowAssignment local = awaitPart(results.get(p), giveUp);
                if (local == null) {
                    continue;
                }
                solvedParts++;
                Part part = parts.get(p);
                int[] localSlots = local.slotOfCandidate();
                for (int i = 0; i < part.candidates().length; i++) {
                    int c = part.candidates()[i];
                    slotOfCandidate[c] = localSlots[i] == FlowAssignment.UNPLACED ? FlowAssignment.UNPLACED
                            : part.slots()[localSlots[i]];
                    solved[c] = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving the flow parts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a flow part failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long largest = parts.isEmpty() ? 0 : parts.get(0).pairs();
        return new Outcome(FlowOptimum.evaluate(whole, slotOfCandidate), parts.size(), solvedParts, largest, solved);
    }

    /** The part's optimum, or null when it was not started in time or is not done by {@code giveUp}. */
    private static FlowAssignment awaitPart(Future<FlowAssignment> result, long giveUp)
            throws InterruptedException, ExecutionException {
        if (giveUp == Long.MAX_VALUE) {
            return result.get();
        }
        try {
            return result.get(Math.max(0, giveUp - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException tooLong) {
            result.cancel(true);
            return null;
        }
    }

    /** A growable int array, to avoid boxing hundreds of thousands of indices. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
