package jp.tsunagu.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.fixture.Fixture;
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
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.registry.HostKind;
import jp.tsunagu.registry.WorkKind;
import jp.tsunagu.sample.SampleWeekGenerator;
import org.junit.jupiter.api.Test;

/**
 * The value ranges of the assembly against the plain definition: judge every person × slot pair
 * with {@link PairJudge}, sort the feasible ones by journey (ties by slot order), keep the nearest
 * {@code maxSlotsPerCandidate}, then add the last round's and the pinned slot.
 */
class SolutionAssemblerTest {

    @Test
    void theSampleWeekGetsTheRangesOfJudgingEveryPair() {
        assertSameRangesAsJudgingEveryPair(SampleWeekGenerator.defaultWeek());
    }

    @Test
    void randomSmallRoundsGetTheRangesOfJudgingEveryPair() {
        for (long seed = 1; seed <= 8; seed++) {
            assertSameRangesAsJudgingEveryPair(randomRound(seed));
        }
    }

    private static void assertSameRangesAsJudgingEveryPair(MatchingProblem problem) {
        MatchingSolution solution = SolutionAssembler.toSolution(problem);
        Map<Long, List<Long>> expected = reference(solution);
        Map<Long, List<Long>> actual = new LinkedHashMap<>();
        PairEvaluator evaluator = solution.getEvaluator();
        long inRange = 0;
        for (Placement p : solution.getPlacements()) {
            actual.put(p.getId(), p.getSlotOptions().stream().map(Slot::id).toList());
            inRange += p.getSlotOptions().size();
            for (Slot slot : p.getSlotOptions()) {
                assertThat(p.optionFor(slot)).isEqualTo(
                        evaluator.evaluate(p.getCandidate(), p.getMunicipalityIndex(), p.getWideArea(), slot));
            }
        }
        assertThat(inRange).isPositive();
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    /** Every pair judged one by one. */
    private static Map<Long, List<Long>> reference(MatchingSolution solution) {
        PairEvaluator evaluator = solution.getEvaluator();
        PairJudge judge = evaluator.judge();
        int max = solution.getSettings().maxSlotsPerCandidate();
        Map<Long, Slot> byId = new HashMap<>();
        solution.getSlots().forEach(s -> byId.put(s.id(), s));
        Map<Long, List<Long>> ranges = new LinkedHashMap<>();
        for (Placement p : solution.getPlacements()) {
            CandidateFact c = p.getCandidate();
            int from = judge.travel().indexOf(c.municipalityCode());
            Map<Slot, Journey> feasible = new HashMap<>();
            for (Slot slot : solution.getSlots()) {
                Journey journey = evaluator.journey(c, from, slot);
                if (judge.brokenRules(c, slot.fact(), slot.task(), slot.host().fact(), journey) == 0) {
                    feasible.put(slot, journey);
                }
            }
            List<Long> range = new ArrayList<>(feasible.keySet().stream()
                    .sorted(Comparator.comparingInt((Slot s) -> feasible.get(s).minutes()).thenComparingInt(Slot::index))
                    .limit(Math.max(0, max)).map(Slot::id).toList());
            for (Long kept : new Long[] {c.previousSlotId(), c.pinnedSlotId()}) {
                if (kept != null && byId.containsKey(kept) && !range.contains(kept)) {
                    range.add(kept);
                }
            }
            ranges.put(p.getId(), range);
        }
        return ranges;
    }

    /**
     * A round over the fixture's municipalities where every rule bites now and then, with a short
     * range ({@code maxSlotsPerCandidate} 6) so that the cut falls between slots of equal journeys.
     */
    private static MatchingProblem randomRound(long seed) {
        Random random = new Random(seed);
        List<MunicipalityFact> places = Fixture.MUNICIPALITIES;
        List<String> catalogue = Fixture.ACCOMMODATIONS.stream().map(a -> a.code()).toList();
        List<HostFact> hosts = new ArrayList<>();
        List<SupervisorFact> supervisors = new ArrayList<>();
        List<TaskFact> tasks = new ArrayList<>();
        List<SlotFact> slots = new ArrayList<>();
        for (long h = 1; h <= 14; h++) {
            MunicipalityFact m = places.get(random.nextInt(places.size()));
            hosts.add(new HostFact(h, "事業所" + h, HostKind.FARM, m.code(), subset(random, catalogue, 0.2), true, 0));
            supervisors.add(new SupervisorFact(h * 10, h, 1 + random.nextInt(3)));
            for (int t = 0; t < 2; t++) {
                long taskId = h * 10 + t;
                WorkKind kind = WorkKind.values()[random.nextInt(WorkKind.values().length)];
                tasks.add(Fixture.task(taskId, h, h * 10, kind,
                        subset(random, catalogue, 0.3).toArray(String[]::new)));
                for (int s = 0; s < 3; s++) {
                    slots.add(randomSlot(random, taskId * 10 + s, taskId, places));
                }
            }
        }
        List<CandidateFact> candidates = new ArrayList<>();
        for (long c = 1; c <= 150; c++) {
            candidates.add(randomCandidate(random, c, places, catalogue, slots));
        }
        Properties properties = MatchingSettings.defaultProperties();
        properties.setProperty("solver.maxSlotsPerCandidate", "6");
        List<TravelOverride> overrides = List.of(
                new TravelOverride(TravelMode.CAR, Fixture.NAGANO.code(), Fixture.OTARI.code(), 25));
        return new MatchingProblem("20", "長野県", Fixture.ROUND, places, Fixture.ACCOMMODATIONS, hosts, supervisors,
                tasks, slots, candidates, overrides, MatchingSettings.fromProperties(properties));
    }

    private static SlotFact randomSlot(Random random, long id, long taskId, List<MunicipalityFact> places) {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        while (weekdays.isEmpty()) {
            weekdays = subset(random, List.of(DayOfWeek.values()), 0.35);
        }
        LocalDate openFrom = random.nextInt(8) == 0 ? Fixture.ROUND.plusDays(7) : Fixture.ROUND.minusDays(30);
        LocalDate openUntil = random.nextInt(8) == 0 ? null : Fixture.ROUND.plusDays(random.nextInt(5) * 30L - 30);
        Set<Month> season = random.nextInt(6) == 0 ? subset(random, List.of(Month.values()), 0.5) : Set.of();
        Set<String> pickUp = new HashSet<>();
        for (MunicipalityFact m : places) {
            if (random.nextInt(4) == 0) {
                pickUp.add(m.code());
            }
        }
        if (random.nextInt(10) == 0) {
            pickUp.add("209999"); // a municipality the round does not know
        }
        Set<Programme> programmes = random.nextBoolean() ? Set.of() : subset(random, List.of(Programme.values()), 0.5);
        // The slot's own runs, some shorter and some longer than the table, some at named points.
        List<PickUpRun> runs = new ArrayList<>();
        for (MunicipalityFact m : places) {
            if (random.nextInt(6) == 0) {
                runs.add(new PickUpRun(m.code(), random.nextBoolean() ? null : "駅" + random.nextInt(3),
                        5 + random.nextInt(90)));
            }
        }
        return new SlotFact(id, taskId, weekdays, LocalTime.of(8 + random.nextInt(6), 30 * random.nextInt(2)),
                2 + random.nextInt(5), openFrom, openUntil, season, 1 + random.nextInt(2), pickUp, programmes, runs);
    }

    private static CandidateFact randomCandidate(Random random, long id, List<MunicipalityFact> places,
                                                 List<String> catalogue, List<SlotFact> slots) {
        String home = random.nextInt(30) == 0 ? "209999" : places.get(random.nextInt(places.size())).code();
        TravelMode mode = TravelMode.values()[random.nextInt(TravelMode.values().length)];
        Programme programme = Programme.values()[random.nextInt(Programme.values().length)];
        LocalDate start = random.nextInt(5) == 0 ? null : Fixture.ROUND.minusMonths(random.nextInt(20));
        Set<DayOfWeek> days = subset(random, List.of(DayOfWeek.values()), 0.7);
        LocalTime from = random.nextInt(4) == 0 ? null : LocalTime.of(7 + random.nextInt(4), 0);
        LocalTime until = random.nextInt(4) == 0 ? null : LocalTime.of(13 + random.nextInt(6), 0);
        Set<Long> excluded = new HashSet<>();
        while (random.nextInt(3) == 0) {
            excluded.add(1L + random.nextInt(16)); // hosts 15 and 16 do not exist
        }
        Set<Long> excludedSlots = new HashSet<>();
        while (random.nextInt(4) == 0) {
            excludedSlots.add(slotId(random, slots)); // now and then a slot no longer offered
        }
        Long previous = random.nextInt(5) == 0 ? slotId(random, slots) : null;
        Long pinned = random.nextInt(10) == 0 ? slotId(random, slots) : null;
        return new CandidateFact(id, "C-" + id, home, 1L, mode, 15 + random.nextInt(100), programme, start,
                random.nextInt(3) == 0, 2 + random.nextInt(6), 1 + random.nextInt(5),
                random.nextInt(3) == 0 ? 2 + random.nextInt(20) : 0, days, from, until,
                subset(random, catalogue, 0.15), Set.of(WorkKind.values()[random.nextInt(WorkKind.values().length)]),
                excluded, excludedSlots, 1 + random.nextInt(5), Fixture.ROUND.minusWeeks(random.nextInt(10)), previous, pinned);
    }

    /** A slot's id, now and then one that is no longer offered. */
    private static Long slotId(Random random, List<SlotFact> slots) {
        return random.nextInt(10) == 0 ? 999_999L : slots.get(random.nextInt(slots.size())).id();
    }

    private static <T> Set<T> subset(Random random, List<T> all, double chance) {
        Set<T> chosen = new HashSet<>();
        for (T t : all) {
            if (random.nextDouble() < chance) {
                chosen.add(t);
            }
        }
        return chosen;
    }
}
