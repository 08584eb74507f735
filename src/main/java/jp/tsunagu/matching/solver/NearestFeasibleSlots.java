package jp.tsunagu.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.matching.travel.TravelTimes;

/**
 * A person's nearest pairwise-feasible slots, without judging every person × slot pair one by one.
 *
 * <p>Most rules read only a few facts of a person ({@link PairJudge#groupKey}) and of a slot
 * ({@link PairJudge#slotKey}); such a rule is judged by {@link PairJudge#passes} once per distinct
 * person key and slot key, and the slots it rules out are kept as a bit set over slot indices that
 * everyone with the person key shares. A person's slots
 * ruled out by those rules are then the union of a few shared sets, plus the slots of the hosts
 * they must not be sent to and the slots excluded for them. The journey reads only the person's municipality, mode and limit, the
 * slot's municipality and whether the slot picks up from the person's municipality, so it is a
 * table per group of people; a municipality that neither journey reaches is skipped whole. The
 * {@code max} shortest journeys (ties by slot order) are kept in a bounded heap, and only they are
 * evaluated in full, which judges them again pair by pair.
 *
 * <p>Gives the same ranges as judging every pair ({@code SolutionAssemblerTest} checks it). Holds
 * caches and scratch space: one instance per assembly, on one thread.
 */
final class NearestFeasibleSlots {

    private static final PairRule[] RULES = PairRule.values();

    private final PairEvaluator evaluator;
    private final PairJudge judge;
    private final List<Slot> slots;
    private final int words;
    private final int municipalityCount;
    /** Per municipality, the indices of its slots, ascending. */
    private final int[][] slotsByMunicipality;
    /** Per slot, the municipalities (by index, as a bit set) it picks people up from; null if none. */
    private final long[][] pickUpFrom;
    /** Per municipality, whether any of its slots has a pick-up run of its own (judged slot by slot). */
    private final boolean[] hasOwnRuns;
    private final Map<Long, List<Slot>> slotsOfHost = new HashMap<>();
    private final Map<Long, Slot> slotsById = new HashMap<>();
    /** Per rule (by ordinal), the slots it rules out, by group key ({@link PairJudge#groupKey}). */
    private final List<Map<Object, long[]>> ruledOut = new ArrayList<>();
    private final Map<TravelGroup, Journey[]> journeys = new HashMap<>();
    private final SlotClasses[] slotClasses = new SlotClasses[RULES.length];

    private final long[] broken;
    private long[] heap = new long[0];

    NearestFeasibleSlots(PairEvaluator evaluator, List<Slot> slots, TravelTimes travel) {
        this.evaluator = evaluator;
        this.judge = evaluator.judge();
        this.slots = slots;
        this.words = (slots.size() + 63) >>> 6;
        this.broken = new long[words];
        this.municipalityCount = travel.municipalityCount();
        int[] counts = new int[municipalityCount];
        for (Slot slot : slots) {
            counts[slot.host().municipalityIndex()]++;
        }
        this.slotsByMunicipality = new int[municipalityCount][];
        for (int m = 0; m < municipalityCount; m++) {
            slotsByMunicipality[m] = new int[counts[m]];
            counts[m] = 0;
        }
        int municipalityWords = (municipalityCount + 63) >>> 6;
        this.pickUpFrom = new long[slots.size()][];
        this.hasOwnRuns = new boolean[municipalityCount];
        for (Slot slot : slots) {
            int m = slot.host().municipalityIndex();
            hasOwnRuns[m] |= !slot.fact().pickUpRuns().isEmpty();
            slotsByMunicipality[m][counts[m]++] = slot.index();
            slotsOfHost.computeIfAbsent(slot.host().id(), k -> new ArrayList<>()).add(slot);
            slotsById.put(slot.id(), slot);
            for (String code : slot.fact().pickUpFrom()) {
                int from = travel.indexOf(code);
                if (from >= 0) {
                    if (pickUpFrom[slot.index()] == null) {
                        pickUpFrom[slot.index()] = new long[municipalityWords];
                    }
                    pickUpFrom[slot.index()][from >>> 6] |= 1L << from;
                }
            }
        }
        for (int r = 0; r < RULES.length; r++) {
            ruledOut.add(new HashMap<>());
        }
    }

    /**
     * The person's feasible slots with the {@code max} shortest journeys, nearest first, ties by
     * slot order; empty for a person from an unknown municipality (index -1).
     */
    List<SlotOption> nearest(CandidateFact person, int municipalityIndex, String wideArea, int max) {
        List<SlotOption> nearest = new ArrayList<>();
        if (municipalityIndex < 0 || max <= 0 || slots.isEmpty()) {
            return nearest;
        }
        ruleOut(person);
        Journey[] table = journeys(person, municipalityIndex);
        int from = municipalityIndex;
        long[] kept = heap(Math.min(max, slots.size()));
        int size = 0;
        for (int to = 0; to < municipalityCount; to++) {
            Journey own = table[2 * to];
            Journey pickedUp = table[2 * to + 1];
            if (!own.reachable() && !pickedUp.reachable() && !hasOwnRuns[to]) {
                continue;
            }
            for (int s : slotsByMunicipality[to]) {
                if ((broken[s >>> 6] & (1L << s)) != 0) {
                    continue;
                }
                Journey journey = journey(person, from, s, own, pickedUp);
                if (!journey.reachable()) {
                    continue;
                }
                long key = ((long) journey.minutes() << 32) | s;
                if (size < kept.length) {
                    siftUp(kept, size++, key);
                } else if (key < kept[0]) {
                    siftDown(kept, size, key);
                }
            }
        }
        Arrays.sort(kept, 0, size);
        for (int i = 0; i < size; i++) {
            Slot slot = slots.get((int) kept[i]);
            int to = slot.host().municipalityIndex();
            SlotOption option = evaluator.evaluate(person, from, wideArea, slot,
                    journey(person, from, slot.index(), table[2 * to], table[2 * to + 1]));
            if (!option.feasible()) {
                throw new IllegalStateException("grouped rules disagree with the judge for person "
                        + person.caseCode() + " and " + slot + ": " + option.brokenRules());
            }
            nearest.add(option);
        }
        return nearest;
    }

    /** Fills {@link #broken} with the slots any rule but travel rules out for the person. */
    private void ruleOut(CandidateFact person) {
        Arrays.fill(broken, 0L);
        for (PairRule rule : RULES) {
            if (rule == PairRule.TRAVEL_WITHIN_REACH) {
                continue; // the journey table
            }
            if (rule == PairRule.EXCLUSION_RESPECTED) {
                excluded(person);
                continue;
            }
            if (rule == PairRule.SLOT_EXCLUSION_RESPECTED) {
                excludedSlots(person);
                continue;
            }
            Object key = PairJudge.groupKey(rule, person);
            if (key == null) {
                throw new IllegalStateException("rule " + rule + " is judged neither by group nor per person");
            }
            long[] set = ruledOut.get(rule.ordinal()).computeIfAbsent(key, k -> judgeAll(rule, person));
            for (int w = 0; w < words; w++) {
                broken[w] |= set[w];
            }
        }
    }

    /**
     * The slots a rule rules out for a person (and everyone sharing their key), judged once per
     * class of slots that share what the rule reads of them ({@link PairJudge#slotKey}).
     */
    private long[] judgeAll(PairRule rule, CandidateFact person) {
        SlotClasses classes = slotClasses(rule);
        boolean[] passes = new boolean[classes.representatives().size()];
        for (int k = 0; k < passes.length; k++) {
            Slot slot = classes.representatives().get(k);
            passes[k] = judge.passes(rule, person, slot.fact(), slot.task(), slot.host().fact(), null);
        }
        long[] set = new long[words];
        int[] classOf = classes.classOf();
        for (int s = 0; s < classOf.length; s++) {
            if (!passes[classOf[s]]) {
                set[s >>> 6] |= 1L << s;
            }
        }
        return set;
    }

    private SlotClasses slotClasses(PairRule rule) {
        SlotClasses classes = slotClasses[rule.ordinal()];
        if (classes == null) {
            Map<Object, Integer> byKey = new HashMap<>();
            List<Slot> representatives = new ArrayList<>();
            int[] classOf = new int[slots.size()];
            for (Slot slot : slots) {
                Object key = PairJudge.slotKey(rule, slot.fact(), slot.task(), slot.host().fact());
                Integer k = byKey.get(key);
                if (k == null) {
                    k = representatives.size();
                    byKey.put(key, k);
                    representatives.add(slot);
                }
                classOf[slot.index()] = k;
            }
            classes = new SlotClasses(classOf, representatives);
            slotClasses[rule.ordinal()] = classes;
        }
        return classes;
    }

    /** Exclusions name hosts: only the slots of those hosts are judged. */
    private void excluded(CandidateFact person) {
        for (Long hostId : person.excludedHostIds()) {
            for (Slot slot : slotsOfHost.getOrDefault(hostId, List.of())) {
                if (!judge.passes(PairRule.EXCLUSION_RESPECTED, person, slot.fact(), slot.task(),
                        slot.host().fact(), null)) {
                    broken[slot.index() >>> 6] |= 1L << slot.index();
                }
            }
        }
    }

    /** Excluded pairs name slots: only those slots are judged. */
    private void excludedSlots(CandidateFact person) {
        for (Long slotId : person.excludedSlotIds()) {
            Slot slot = slotsById.get(slotId);
            if (slot != null && !judge.passes(PairRule.SLOT_EXCLUSION_RESPECTED, person, slot.fact(), slot.task(),
                    slot.host().fact(), null)) {
                broken[slot.index() >>> 6] |= 1L << slot.index();
            }
        }
    }

    /** The journey from the group's table, or, for a slot with its own run from the person's municipality, its own. */
    private Journey journey(CandidateFact person, int from, int s, Journey own, Journey pickedUp) {
        if (!picksUp(s, from)) {
            return own;
        }
        Slot slot = slots.get(s);
        if (!slot.fact().pickUpRuns().isEmpty() && slot.fact().runFrom(person.municipalityCode()) != null) {
            return evaluator.journey(person, from, slot);
        }
        return pickedUp;
    }

    private boolean picksUp(int slot, int from) {
        long[] set = pickUpFrom[slot];
        return set != null && (set[from >>> 6] & (1L << from)) != 0;
    }

    /**
     * The journeys of everyone sharing the person's municipality, mode and limit: by host
     * municipality, without ({@code 2m}) and with ({@code 2m + 1}) a pick-up.
     */
    private Journey[] journeys(CandidateFact person, int from) {
        return journeys.computeIfAbsent(new TravelGroup(from, person.travelMode(), person.maxOneWayMinutes()), k -> {
            Journey[] table = new Journey[2 * municipalityCount];
            for (int to = 0; to < municipalityCount; to++) {
                table[2 * to] = evaluator.journey(person, from, to, false);
                table[2 * to + 1] = evaluator.journey(person, from, to, true);
            }
            return table;
        });
    }

    private long[] heap(int capacity) {
        if (heap.length != capacity) {
            heap = new long[capacity];
        }
        return heap;
    }

    /** Adds a key to a max-heap of {@code size} keys. */
    private static void siftUp(long[] heap, int size, long key) {
        int at = size;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] >= key) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = key;
    }

    /** Replaces the largest key of a full max-heap by a smaller one. */
    private static void siftDown(long[] heap, int size, long key) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= key) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = key;
    }

    /** Slots by what a rule reads of them: each slot's class, and the first slot of each class. */
    private record SlotClasses(int[] classOf, List<Slot> representatives) {
    }

    private record TravelGroup(int from, TravelMode mode, int maxMinutes) {
    }
}
