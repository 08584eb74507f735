package jp.tsunagu.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.matching.problem.ProblemFiles;
import jp.tsunagu.matching.problem.ProblemIntegrity;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.region.MunicipalityKind;
import jp.tsunagu.registry.HostKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleWeekGeneratorTest {

    private static final SampleWeekGenerator GENERATOR = new SampleWeekGenerator();
    private static MatchingProblem week;
    private static MatchingProblem tenTimes;

    @BeforeAll
    static void generate() {
        week = GENERATOR.generate(SampleWeekGenerator.DEFAULT_SEED, SampleScale.DEFAULT);
        tenTimes = GENERATOR.generate(SampleWeekGenerator.DEFAULT_SEED, SampleScale.TEN);
    }

    @Test
    void sameSeedGivesTheSameProblemFileByteForByte() {
        MatchingProblem again = new SampleWeekGenerator().generate(SampleWeekGenerator.DEFAULT_SEED, SampleScale.DEFAULT);
        assertThat(ProblemFiles.toJson(again)).isEqualTo(ProblemFiles.toJson(week));
    }

    @Test
    void anotherSeedGivesAnotherWeek() {
        MatchingProblem other = GENERATOR.generate(7, SampleScale.DEFAULT);
        assertThat(ProblemFiles.toJson(other)).isNotEqualTo(ProblemFiles.toJson(week));
    }

    @Test
    void countsGrowWithTheScale() {
        assertCounts(week, 1);
        assertCounts(tenTimes, 10);
        assertCounts(GENERATOR.generate(1, SampleScale.HUNDRED), 100);
    }

    private static void assertCounts(MatchingProblem problem, int factor) {
        assertThat(problem.candidates()).hasSize(300 * factor);
        assertThat(problem.hosts()).hasSize(250 * factor);
        assertThat(problem.slots()).hasSize(450 * factor);
        assertThat(problem.municipalities()).hasSize(77);
        assertThat(problem.accommodations()).hasSize(10);
        assertThat(problem.supervisors().size()).isBetween(250 * factor, 375 * factor);
        assertThat(problem.tasks().size()).isBetween(250 * factor, 450 * factor);
    }

    @Test
    void everyReferenceResolvesAtEveryScale() {
        assertThat(ProblemIntegrity.check(week)).isEmpty();
        assertThat(ProblemIntegrity.check(tenTimes)).isEmpty();
    }

    /** A case code is shown on every list: it must say nothing of the person, their place or their persona. */
    @Test
    void caseCodesAreMeaninglessPseudonyms() {
        for (MatchingProblem problem : List.of(week, tenTimes)) {
            List<String> codes = problem.candidates().stream().map(CandidateFact::caseCode).toList();
            assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("K\\d{6}"), "K and six digits");
            assertThat(problem.candidates()).allSatisfy(c -> assertThat(c.caseCode())
                    .doesNotContain(c.municipalityCode()).doesNotContain(c.municipalityCode().substring(0, 5)));
        }
        assertThat(java.util.stream.LongStream.rangeClosed(1, 100_000).mapToObj(CaseCodes::of).distinct().count())
                .as("distinct codes for a national-scale sample").isEqualTo(100_000);
    }

    @Test
    void personasArePresentWithStableCaseCodesAndIds() {
        Map<String, CandidateFact> byCode = byCaseCode(week);
        assertThat(byCode).containsKeys(Personas.CASE_CODES.toArray(String[]::new));
        assertThat(week.candidates().subList(0, 4)).extracting(CandidateFact::caseCode)
                .containsExactlyElementsOf(Personas.CASE_CODES);
        assertThat(byCaseCode(tenTimes).get(Personas.PARENT_CARER)).isEqualTo(byCode.get(Personas.PARENT_CARER));

        CandidateFact hikikomori = byCode.get(Personas.HIKIKOMORI_40S);
        assertThat(hikikomori.programme()).isEqualTo(Programme.WORK_READINESS);
        assertThat(hikikomori.hoursPerDay()).isEqualTo(2);
        assertThat(hikikomori.accommodationNeeds()).contains("little_contact");

        CandidateFact village = byCode.get(Personas.VILLAGE_NO_CAR);
        assertThat(village.travelMode()).isNotEqualTo(TravelMode.CAR);
        assertThat(municipality(week, village).kind()).isEqualTo(MunicipalityKind.VILLAGE);

        CandidateFact carer = byCode.get(Personas.PARENT_CARER);
        assertThat(carer.availableDays()).hasSizeLessThanOrEqualTo(3);
        assertThat(carer.availableUntil().getHour() - carer.availableFrom().getHour()).isLessThanOrEqualTo(5);

        assertThat(byCode.get(Personas.SUSPECTED_DISABILITY_35).accommodationNeeds())
                .contains("written_instructions", "steady_supervisor");
    }

    @Test
    void manyCannotDriveAndVillagersLeastOfAll() {
        double nonDrivers = share(tenTimes.candidates(), c -> c.travelMode() != TravelMode.CAR);
        assertThat(nonDrivers).isBetween(0.50, 0.68);
        double villageNonDrivers = share(ofKind(tenTimes, MunicipalityKind.VILLAGE), c -> c.travelMode() != TravelMode.CAR);
        double villageNeedsPickUp = share(ofKind(tenTimes, MunicipalityKind.VILLAGE), c -> c.travelMode() == TravelMode.PICK_UP);
        double cityNeedsPickUp = share(ofKind(tenTimes, MunicipalityKind.CITY), c -> c.travelMode() == TravelMode.PICK_UP);
        assertThat(villageNonDrivers).isGreaterThan(0.5);
        assertThat(villageNeedsPickUp).isGreaterThan(2 * cityNeedsPickUp);
    }

    @Test
    void peopleLiveMostlyInCities() {
        double inCities = share(tenTimes.candidates(), c -> municipality(tenTimes, c).kind() == MunicipalityKind.CITY);
        assertThat(inCities).isBetween(0.62, 0.76);
    }

    @Test
    void mostJourneysAllowedAreTwentyToSixtyMinutes() {
        assertThat(share(tenTimes.candidates(), c -> c.maxOneWayMinutes() >= 20 && c.maxOneWayMinutes() <= 60))
                .isBetween(0.80, 0.98);
    }

    @Test
    void mostPeopleAreInAnEarlyPacingStage() {
        assertThat(share(tenTimes.candidates(), c -> c.hoursPerDay() <= 3 && c.daysPerWeek() <= 3))
                .isBetween(0.50, 0.75);
        assertThat(share(tenTimes.candidates(), c -> c.hoursPerDay() >= 6)).isLessThan(0.06);
    }

    @Test
    void priorityIsSkewedLow() {
        Map<Integer, Long> byPriority = tenTimes.candidates().stream()
                .collect(Collectors.groupingBy(CandidateFact::priority, Collectors.counting()));
        assertThat(byPriority.get(1)).isGreaterThan(byPriority.get(2));
        assertThat(byPriority.get(2)).isGreaterThan(byPriority.get(3));
        assertThat(byPriority.get(4)).isGreaterThan(byPriority.get(5));
        assertThat(share(tenTimes.candidates(), c -> c.priority() == 1)).isBetween(0.40, 0.50);
    }

    @Test
    void waitingIsZeroToFortyWeeks() {
        assertThat(tenTimes.candidates()).allSatisfy(c -> assertThat(
                java.time.temporal.ChronoUnit.WEEKS.between(c.waitingSince(), tenTimes.roundStart())).isBetween(0L, 40L));
    }

    @Test
    void caringDutiesLimitSomeWeeks() {
        assertThat(share(tenTimes.candidates(), c -> c.availableDays().size() <= 3)).isBetween(0.10, 0.20);
    }

    @Test
    void someWorkReadinessPeopleArePastOneYearWithAndWithoutExtension() {
        List<CandidateFact> pastOneYear = week.candidates().stream()
                .filter(c -> c.programme() == Programme.WORK_READINESS)
                .filter(c -> c.programmeStart().plusYears(1).isBefore(week.roundStart()))
                .toList();
        assertThat(pastOneYear).hasSizeBetween(2, 15);
        assertThat(pastOneYear).anyMatch(CandidateFact::extensionRecorded);
        assertThat(pastOneYear).anyMatch(c -> !c.extensionRecorded());
    }

    @Test
    void aFewPeopleArePinnedToARunningPlacementThatFitsThem() {
        Map<Long, SlotFact> slots = week.slots().stream().collect(Collectors.toMap(SlotFact::id, Function.identity()));
        List<CandidateFact> pinned = week.candidates().stream().filter(c -> c.pinnedSlotId() != null).toList();
        assertThat(pinned).hasSizeBetween(2, 6);
        assertThat(pinned).allSatisfy(c -> {
            SlotFact slot = slots.get(c.pinnedSlotId());
            assertThat(c.hoursPerDay()).isGreaterThanOrEqualTo(slot.hoursPerDay());
            assertThat(c.availableDays()).containsAll(slot.weekdays());
            assertThat(slot.programmes().isEmpty() || slot.programmes().contains(c.programme())).isTrue();
        });
    }

    @Test
    void farmsAreRuralAndTheirWorkIsSeasonal() {
        Map<String, MunicipalityFact> municipalities = byCode(tenTimes);
        double farmsOutsideCities = tenTimes.hosts().stream().filter(h -> h.kind() == HostKind.FARM)
                .mapToDouble(h -> municipalities.get(h.municipalityCode()).kind() == MunicipalityKind.CITY ? 0 : 1)
                .average().orElseThrow();
        double companiesOutsideCities = tenTimes.hosts().stream().filter(h -> h.kind() == HostKind.COMPANY)
                .mapToDouble(h -> municipalities.get(h.municipalityCode()).kind() == MunicipalityKind.CITY ? 0 : 1)
                .average().orElseThrow();
        assertThat(farmsOutsideCities).isGreaterThan(0.75);
        assertThat(companiesOutsideCities).isLessThan(0.35);

        Map<Long, TaskFact> tasks = tenTimes.tasks().stream().collect(Collectors.toMap(TaskFact::id, Function.identity()));
        List<SlotFact> farmSlots = tenTimes.slots().stream()
                .filter(s -> tasks.get(s.taskId()).workKind() == jp.tsunagu.registry.WorkKind.FARMING).toList();
        double outOfSeason = share(farmSlots,
                s -> !s.seasonMonths().isEmpty() && !s.seasonMonths().contains(tenTimes.roundStart().getMonth()));
        assertThat(outOfSeason).isBetween(0.3, 0.6);
    }

    @Test
    void someHostsPickUpAndSomeSupervisorsCannotFillAllTheirSlots() {
        assertThat(share(tenTimes.slots(), s -> !s.pickUpFrom().isEmpty())).isBetween(0.10, 0.30);
        Map<Long, Integer> slotCapacityBySupervisor = new java.util.HashMap<>();
        Map<Long, TaskFact> tasks = tenTimes.tasks().stream().collect(Collectors.toMap(TaskFact::id, Function.identity()));
        tenTimes.slots().forEach(s -> slotCapacityBySupervisor.merge(tasks.get(s.taskId()).supervisorId(), s.capacity(), Integer::sum));
        long tight = tenTimes.supervisors().stream()
                .filter(s -> s.capacity() < slotCapacityBySupervisor.getOrDefault(s.id(), 0)).count();
        assertThat((double) tight / tenTimes.supervisors().size()).isBetween(0.05, 0.40);
        assertThat(tenTimes.slots()).allSatisfy(s -> assertThat(s.capacity()).isBetween(1, 3));
    }

    private static Map<String, CandidateFact> byCaseCode(MatchingProblem problem) {
        return problem.candidates().stream().collect(Collectors.toMap(CandidateFact::caseCode, Function.identity()));
    }

    private static Map<String, MunicipalityFact> byCode(MatchingProblem problem) {
        return problem.municipalities().stream().collect(Collectors.toMap(MunicipalityFact::code, Function.identity()));
    }

    private static MunicipalityFact municipality(MatchingProblem problem, CandidateFact c) {
        return byCode(problem).get(c.municipalityCode());
    }

    private static List<CandidateFact> ofKind(MatchingProblem problem, MunicipalityKind kind) {
        Map<String, MunicipalityFact> municipalities = byCode(problem);
        return problem.candidates().stream()
                .filter(c -> municipalities.get(c.municipalityCode()).kind() == kind).toList();
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return (double) items.stream().filter(test).count() / items.size();
    }
}
