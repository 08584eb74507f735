package jp.tsunagu.matching.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.PairEvaluator;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.matching.travel.TravelTimes;

/**
 * For each pairwise rule, the slots of the round it rules out for a person, as a bit set over slot
 * indices ({@code long} words). A rule reads only a few of a person's facts — the schedule rule
 * their days and hours, the travel rule their municipality, mode and limit — so the set is computed
 * once per distinct value of those facts and shared by everyone who has it. Judging every unplaced
 * person against every slot of a 100x round pair by pair would take minutes; this takes seconds and
 * gives the same counts.
 *
 * <p>The rules themselves are still judged by {@link PairJudge#passes}, slot by slot, for the first
 * person of each group: only which facts a rule reads is known here ({@link #key}).
 */
final class RuleMasks {

    private static final PairRule[] RULES = PairRule.values();

    private final List<Slot> slots;
    private final int words;
    private final PairJudge judge;
    private final PairEvaluator evaluator;
    private final TravelTimes travel;
    private final Map<PairRule, Map<Object, long[]>> cache = new EnumMap<>(PairRule.class);
    private final Map<Object, Journey[]> journeys = new HashMap<>();
    private final Map<String, long[]> pickingUpFrom = new HashMap<>();
    /** Per host id, the indices of its slots (for exclusions). */
    private final Map<Long, List<Slot>> slotsOfHost = new HashMap<>();
    /** Per slot id, the slot (for excluded pairs). */
    private final Map<Long, Slot> slotsById = new HashMap<>();

    RuleMasks(MatchingSolution solution) {
        this.slots = solution.getSlots();
        this.words = (slots.size() + 63) / 64;
        this.evaluator = solution.getEvaluator();
        this.judge = evaluator.judge();
        this.travel = judge.travel();
        for (PairRule rule : RULES) {
            cache.put(rule, new HashMap<>());
        }
        for (Slot slot : slots) {
            slotsOfHost.computeIfAbsent(slot.host().id(), k -> new ArrayList<>()).add(slot);
            slotsById.put(slot.id(), slot);
        }
    }

    int words() {
        return words;
    }

    /** A set with every slot of the round. */
    long[] all() {
        long[] all = new long[words];
        Arrays.fill(all, -1L);
        int tail = slots.size() % 64;
        if (tail != 0) {
            all[words - 1] = (1L << tail) - 1;
        }
        return all;
    }

    /** The slots the rule rules out for the person; shared, not to be modified. */
    long[] broken(PairRule rule, CandidateFact person, int municipalityIndex) {
        if (rule == PairRule.EXCLUSION_RESPECTED) {
            return excluded(person);
        }
        if (rule == PairRule.SLOT_EXCLUSION_RESPECTED) {
            return excludedSlots(person);
        }
        Object key = key(rule, person, municipalityIndex);
        return cache.get(rule).computeIfAbsent(key, k -> compute(rule, person, municipalityIndex));
    }

    /**
     * What of the person a rule reads: two people with the same key are ruled out of the same slots
     * ({@link PairJudge#groupKey}; for travel, what the journey reads).
     */
    private static Object key(PairRule rule, CandidateFact person, int municipalityIndex) {
        return switch (rule) {
            case TRAVEL_WITHIN_REACH -> travelKey(person, municipalityIndex);
            case EXCLUSION_RESPECTED, SLOT_EXCLUSION_RESPECTED ->
                    throw new IllegalArgumentException("exclusions are per person");
            default -> PairJudge.groupKey(rule, person);
        };
    }

    private static Object travelKey(CandidateFact person, int municipalityIndex) {
        return Arrays.asList(municipalityIndex, person.municipalityCode(), person.travelMode(),
                person.maxOneWayMinutes());
    }

    private long[] compute(PairRule rule, CandidateFact person, int municipalityIndex) {
        long[] broken = new long[words];
        Journey[] table = rule == PairRule.TRAVEL_WITHIN_REACH ? journeys(person, municipalityIndex) : null;
        for (Slot slot : slots) {
            Journey journey = table == null ? null : journey(table, person, municipalityIndex, slot);
            if (!judge.passes(rule, person, slot.fact(), slot.task(), slot.host().fact(), journey)) {
                broken[slot.index() >>> 6] |= 1L << slot.index();
            }
        }
        return broken;
    }

    private long[] excluded(CandidateFact person) {
        long[] broken = new long[words];
        for (Long hostId : person.excludedHostIds()) {
            for (Slot slot : slotsOfHost.getOrDefault(hostId, List.of())) {
                if (!judge.passes(PairRule.EXCLUSION_RESPECTED, person, slot.fact(), slot.task(), slot.host().fact(),
                        null)) {
                    broken[slot.index() >>> 6] |= 1L << slot.index();
                }
            }
        }
        return broken;
    }

    private long[] excludedSlots(CandidateFact person) {
        long[] broken = new long[words];
        for (Long slotId : person.excludedSlotIds()) {
            Slot slot = slotsById.get(slotId);
            if (slot != null && !judge.passes(PairRule.SLOT_EXCLUSION_RESPECTED, person, slot.fact(), slot.task(),
                    slot.host().fact(), null)) {
                broken[slot.index() >>> 6] |= 1L << slot.index();
            }
        }
        return broken;
    }

    /**
     * The person's journey to a slot: it depends only on their municipality, mode and limit, the
     * host's municipality and whether the slot picks up from the person's municipality, so it is
     * looked up in a table per group of people; a slot with its own run from there is judged alone.
     */
    /** The table of journeys of a group of people: by host municipality, without and with a pick-up. */
    Journey[] journeys(CandidateFact person, int municipalityIndex) {
        return journeys.computeIfAbsent(travelKey(person, municipalityIndex),
                k -> new Journey[2 * travel.municipalityCount()]);
    }

    /** The journey of the person to a slot, from the table of their group ({@link #journeys}). */
    Journey journey(Journey[] table, CandidateFact person, int municipalityIndex, Slot slot) {
        if (municipalityIndex < 0 || slot.fact().runFrom(person.municipalityCode()) != null) {
            return evaluator.journey(person, municipalityIndex, slot);
        }
        boolean pickUp = slot.fact().pickUpFrom().contains(person.municipalityCode());
        int at = 2 * slot.host().municipalityIndex() + (pickUp ? 1 : 0);
        Journey journey = table[at];
        if (journey == null) {
            journey = evaluator.journey(person, municipalityIndex, slot);
            table[at] = journey;
        }
        return journey;
    }

    /** The slots that pick people up from a municipality (送迎あり), as a set over slot indices. */
    long[] pickingUpFrom(String municipalityCode) {
        return pickingUpFrom.computeIfAbsent(municipalityCode, code -> {
            long[] set = new long[words];
            for (Slot slot : slotsById.values()) {
                if (slot.fact().pickUpFrom().contains(code)) {
                    set[slot.index() >>> 6] |= 1L << slot.index();
                }
            }
            return set;
        });
    }

    /** The longest journey the person may make by their own mode (by pick-up if they need one). */
    int limitMinutes(CandidateFact person) {
        return travel.limitMinutes(person.maxOneWayMinutes(), person.travelMode());
    }

    /** Calls {@code action} with each slot index in {@code set}. */
    static void forEach(long[] set, java.util.function.IntConsumer action) {
        for (int w = 0; w < set.length; w++) {
            long bits = set[w];
            while (bits != 0) {
                action.accept((w << 6) + Long.numberOfTrailingZeros(bits));
                bits &= bits - 1;
            }
        }
    }

    static int count(long[] set) {
        int count = 0;
        for (long word : set) {
            count += Long.bitCount(word);
        }
        return count;
    }
}
