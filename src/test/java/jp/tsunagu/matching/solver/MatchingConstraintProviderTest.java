package jp.tsunagu.matching.solver;

import static jp.tsunagu.matching.fixture.Fixture.AZUMINO;
import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static jp.tsunagu.matching.fixture.Fixture.NAGANO;
import static jp.tsunagu.matching.fixture.Fixture.OMACHI;
import static jp.tsunagu.matching.fixture.Fixture.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.optaplanner.constraint.streams.bavet.BavetConstraintFactory;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.impl.domain.solution.descriptor.SolutionDescriptor;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.optaplanner.test.api.score.stream.SingleConstraintVerification;

/**
 * One test per constraint, named after it, each with a penalised (or rewarded) and an untouched
 * case. {@link #verify} refuses a method reference whose constraint is not the one the test is
 * named for, and {@link #everyConstraintHasATestNamedAfterIt} that a constraint goes untested.
 */
class MatchingConstraintProviderTest {

    private static final MatchingConstraintProvider PROVIDER = new MatchingConstraintProvider();
    private static final ConstraintVerifier<MatchingConstraintProvider, MatchingSolution> VERIFIER =
            ConstraintVerifier.build(PROVIDER, MatchingSolution.class, Placement.class);
    private static final ConstraintFactory FACTORY = new BavetConstraintFactory<>(
            SolutionDescriptor.buildSolutionDescriptor(MatchingSolution.class, Placement.class),
            EnvironmentMode.REPRODUCIBLE);

    private MatchingSolution solution;
    private String testName;

    @BeforeEach
    void setUp(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        solution = SolutionAssembler.toSolution(Fixture.problem()
                // host 1 in Matsumoto: supervisor 10 (2 people) for slots 11 (1 person) and 12 (2 people)
                .site(1, MATSUMOTO, WorkKind.FARMING, 2,
                        Fixture.slot(11, 10), Fixture.slot(12, 10).capacity(2),
                        Fixture.slot(13, 10).season(Month.SEPTEMBER),
                        Fixture.slot(14, 10).programmes(Programme.FARM_EXPERIENCE))
                // host 2 in Azumino, cold for 20 weeks
                .host(Fixture.host(2, AZUMINO, 20))
                .supervisor(Fixture.supervisor(20, 2, 5))
                .task(Fixture.task(20, 2, 20, WorkKind.CLEANING))
                .slot(Fixture.slot(21, 20).capacity(5))
                .slot(Fixture.slot(22, 20).at(java.time.LocalTime.of(9, 0), 5))
                .candidate(Fixture.candidate(1).in(MATSUMOTO))
                .candidate(Fixture.candidate(2).in(MATSUMOTO))
                .candidate(Fixture.candidate(3).in(MATSUMOTO))
                .candidate(Fixture.candidate(4).in(AZUMINO))
                .candidate(Fixture.candidate(5).in(OMACHI))
                .candidate(Fixture.candidate(6).days(DayOfWeek.TUESDAY))
                .candidate(Fixture.candidate(7).pacing(2, 5))
                .candidate(Fixture.candidate(8).needs("quiet_place"))
                .candidate(Fixture.candidate(9).in(NAGANO).travel(TravelMode.CAR, 60))
                .candidate(Fixture.candidate(10).programme(Programme.WORK_READINESS, ROUND.minusMonths(13), false))
                .candidate(Fixture.candidate(11).programme(Programme.WORK_READINESS, ROUND.minusMonths(13), true))
                .candidate(Fixture.candidate(12).excludes(1L))
                .candidate(Fixture.candidate(13).priority(3).waitingSince(ROUND.minusWeeks(10)))
                .candidate(Fixture.candidate(14).interests(WorkKind.FARMING))
                .candidate(Fixture.candidate(15).previous(11L))
                .candidate(Fixture.candidate(16).excludesSlots(11L))
                .candidate(Fixture.candidate(17).steppingUpTo(9))
                .build());
    }

    private Placement at(long candidateId, Long slotId) {
        Placement placement = solution.getPlacements().stream().filter(p -> p.getId() == candidateId).findFirst()
                .orElseThrow();
        placement.setSlot(slotId == null ? null : solution.slotById(slotId));
        return placement;
    }

    private SingleConstraintVerification<MatchingSolution> verify(
            BiFunction<MatchingConstraintProvider, ConstraintFactory, Constraint> constraint) {
        assertThat(constraint.apply(PROVIDER, FACTORY).getConstraintName())
                .as("the method reference of test %s", testName).isEqualTo(testName);
        return VERIFIER.verifyThat(constraint);
    }

    @Test
    void everyConstraintHasATestNamedAfterIt() {
        Set<String> constraints = Arrays.stream(PROVIDER.defineConstraints(FACTORY))
                .map(Constraint::getConstraintName).collect(Collectors.toSet());
        Set<String> tests = Arrays.stream(getClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).map(Method::getName).collect(Collectors.toSet());
        assertThat(constraints).hasSize(20);
        assertThat(tests).containsAll(constraints);
    }

    @Test
    void slotCapacity() {
        verify(MatchingConstraintProvider::slotCapacity).given(at(1, 11L), at(2, 12L), at(3, 12L)).penalizesBy(0);
        verify(MatchingConstraintProvider::slotCapacity).given(at(1, 11L), at(2, 11L), at(3, 11L)).penalizesBy(2);
    }

    @Test
    void supervisorCapacity() {
        verify(MatchingConstraintProvider::supervisorCapacity).given(at(1, 11L), at(2, 12L), at(3, 21L))
                .penalizesBy(0);
        verify(MatchingConstraintProvider::supervisorCapacity).given(at(1, 11L), at(2, 12L), at(3, 12L))
                .penalizesBy(1);
    }

    @Test
    void scheduleWithinAvailability() {
        verify(MatchingConstraintProvider::scheduleWithinAvailability).given(at(1, 11L), at(6, null)).penalizesBy(0);
        verify(MatchingConstraintProvider::scheduleWithinAvailability).given(at(1, 11L), at(6, 12L)).penalizesBy(1);
    }

    @Test
    void slotOpenInRoundWeek() {
        verify(MatchingConstraintProvider::slotOpenInRoundWeek).given(at(1, 11L)).penalizesBy(0);
        verify(MatchingConstraintProvider::slotOpenInRoundWeek).given(at(1, 13L)).penalizesBy(1);
    }

    @Test
    void pacingWithinStage() {
        verify(MatchingConstraintProvider::pacingWithinStage).given(at(1, 11L)).penalizesBy(0);
        verify(MatchingConstraintProvider::pacingWithinStage).given(at(7, 11L)).penalizesBy(1);
    }

    @Test
    void accommodationsCovered() {
        verify(MatchingConstraintProvider::accommodationsCovered).given(at(1, 11L), at(8, null)).penalizesBy(0);
        verify(MatchingConstraintProvider::accommodationsCovered).given(at(8, 11L)).penalizesBy(1);
    }

    @Test
    void travelWithinReach() {
        verify(MatchingConstraintProvider::travelWithinReach).given(at(1, 11L), at(4, 11L)).penalizesBy(0);
        // Nagano -> Matsumoto by car is 97 minutes against a 60-minute limit.
        verify(MatchingConstraintProvider::travelWithinReach).given(at(9, 11L)).penalizesBy(37);
    }

    @Test
    void programmeAccepted() {
        verify(MatchingConstraintProvider::programmeAccepted).given(at(1, 11L)).penalizesBy(0);
        verify(MatchingConstraintProvider::programmeAccepted).given(at(1, 14L)).penalizesBy(1);
    }

    @Test
    void programmeTimeLimit() {
        verify(MatchingConstraintProvider::programmeTimeLimit).given(at(11, 11L)).penalizesBy(0);
        verify(MatchingConstraintProvider::programmeTimeLimit).given(at(10, 11L)).penalizesBy(1);
    }

    @Test
    void exclusionRespected() {
        verify(MatchingConstraintProvider::exclusionRespected).given(at(12, 21L)).penalizesBy(0);
        verify(MatchingConstraintProvider::exclusionRespected).given(at(12, 11L)).penalizesBy(1);
    }

    @Test
    void stepUpReachesNewStage() {
        // slot 22 asks 5 h × 2 days, slot 11 only 3 h × 2 days
        verify(MatchingConstraintProvider::stepUpReachesNewStage).given(at(17, 22L)).penalizesBy(0);
        verify(MatchingConstraintProvider::stepUpReachesNewStage).given(at(17, 11L)).penalizesBy(1);
    }

    @Test
    void slotExclusionRespected() {
        verify(MatchingConstraintProvider::slotExclusionRespected).given(at(16, 12L)).penalizesBy(0);
        verify(MatchingConstraintProvider::slotExclusionRespected).given(at(16, 11L)).penalizesBy(1);
    }

    @Test
    void unplacedPerson() {
        verify(MatchingConstraintProvider::unplacedPerson).given(at(13, 11L)).penalizesBy(0);
        // 100 base + 20 × priority 3 + 2 × 10 weeks
        verify(MatchingConstraintProvider::unplacedPerson).given(at(13, null)).penalizesBy(180);
        verify(MatchingConstraintProvider::unplacedPerson).given(at(13, null), at(1, null)).penalizesBy(300);
    }

    @Test
    void travelTime() {
        verify(MatchingConstraintProvider::travelTime).given(at(1, null)).penalizesBy(0);
        // 10 minutes inside Matsumoto, 18 from Azumino
        verify(MatchingConstraintProvider::travelTime).given(at(1, 11L), at(4, 11L)).penalizesBy(28);
    }

    @Test
    void interestMatched() {
        verify(MatchingConstraintProvider::interestMatched).given(at(1, 11L), at(14, 21L)).rewardsWith(0);
        verify(MatchingConstraintProvider::interestMatched).given(at(14, 11L)).rewardsWith(1);
    }

    @Test
    void localHostPreferred() {
        verify(MatchingConstraintProvider::localHostPreferred).given(at(5, 11L)).rewardsWith(0);
        // own municipality 10, same wide area (松本) 4
        verify(MatchingConstraintProvider::localHostPreferred).given(at(1, 11L), at(4, 12L)).rewardsWith(14);
    }

    @Test
    void fairAcrossMunicipalities() {
        verify(MatchingConstraintProvider::fairAcrossMunicipalities).given(at(1, 11L), at(2, 12L), at(4, 21L))
                .penalizesBy(0);
        // Matsumoto 1 of 2 unplaced (50 %), Azumino 0 of 1: the worst-off counts, not the total.
        verify(MatchingConstraintProvider::fairAcrossMunicipalities).given(at(1, 11L), at(2, null), at(4, 21L))
                .penalizesBy(50);
        // Azumino 1 of 1 (100 %) is worse off than Matsumoto 1 of 3.
        verify(MatchingConstraintProvider::fairAcrossMunicipalities)
                .given(at(1, 11L), at(2, 12L), at(3, null), at(4, null)).penalizesBy(100);
    }

    @Test
    void stableProposals() {
        verify(MatchingConstraintProvider::stableProposals).given(at(15, 11L), at(1, 12L)).penalizesBy(0);
        verify(MatchingConstraintProvider::stableProposals).given(at(15, 12L)).penalizesBy(1);
        verify(MatchingConstraintProvider::stableProposals).given(at(15, null)).penalizesBy(1);
    }

    @Test
    void hostLoadSpread() {
        verify(MatchingConstraintProvider::hostLoadSpread).given(at(1, null)).penalizesBy(0);
        verify(MatchingConstraintProvider::hostLoadSpread).given(at(1, 11L), at(2, 12L), at(3, 12L), at(4, 21L))
                .penalizesBy(3 * 3 + 1);
    }

    @Test
    void coldHostsGetATrial() {
        verify(MatchingConstraintProvider::coldHostsGetATrial).given(at(1, null)).rewardsWith(0);
        // host 1 warm: 1; host 2 cold for 20 weeks, capped at 12: 13; each host counted once.
        verify(MatchingConstraintProvider::coldHostsGetATrial).given(at(1, 11L), at(2, 12L), at(4, 21L))
                .rewardsWith(14);
    }
}
