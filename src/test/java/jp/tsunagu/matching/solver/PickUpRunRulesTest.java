package jp.tsunagu.matching.solver;

import static jp.tsunagu.matching.fixture.Fixture.AZUMINO;
import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static jp.tsunagu.matching.fixture.Fixture.NAGANO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.matching.optimum.FlowOptimum;
import jp.tsunagu.matching.optimum.ProblemNetworks;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * The travel rule with a slot's own pick-up runs (送迎便): a run's minutes replace the travel
 * table's pick-up minutes for that slot and that municipality only, for people who need a pick-up
 * and for people who may use one alike; a municipality named without a run keeps the table.
 *
 * <p>Host 1 in Matsumoto. Slot 11 (two people) runs from 長野駅 (Nagano) in 45 minutes; slot 12 picks up from
 * Nagano in the table's minutes (over an hour and a half); slot 13 runs from Nagano in 75 minutes;
 * slot 14 runs inside Matsumoto in 40 minutes, longer than the table's 20.
 */
class PickUpRunRulesTest {

    private static final ConstraintVerifier<MatchingConstraintProvider, MatchingSolution> VERIFIER =
            ConstraintVerifier.build(new MatchingConstraintProvider(), MatchingSolution.class, Placement.class);

    private MatchingProblem problem;
    private MatchingSolution solution;

    @BeforeEach
    void setUp() {
        problem = Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 9,
                        Fixture.slot(11, 10).capacity(2).pickUpRun(NAGANO, "長野駅", 45),
                        Fixture.slot(12, 10).pickUpFrom(NAGANO),
                        Fixture.slot(13, 10).pickUpRun(NAGANO, null, 75),
                        Fixture.slot(14, 10).pickUpRun(MATSUMOTO, "松本駅", 40))
                .candidate(Fixture.candidate(1).in(NAGANO).travel(TravelMode.PICK_UP, 60))
                .candidate(Fixture.candidate(2).in(NAGANO).travel(TravelMode.CAR, 60))
                .candidate(Fixture.candidate(3).in(AZUMINO).travel(TravelMode.PICK_UP, 60))
                .candidate(Fixture.candidate(4).in(MATSUMOTO).travel(TravelMode.PICK_UP, 30))
                .build();
        solution = SolutionAssembler.toSolution(problem);
    }

    private Placement at(long candidateId, Long slotId) {
        Placement placement = solution.getPlacements().stream().filter(p -> p.getId() == candidateId).findFirst()
                .orElseThrow();
        placement.setSlot(slotId == null ? null : solution.slotById(slotId));
        return placement;
    }

    private int tableMinutes(String from) {
        return solution.getEvaluator().judge().travel().minutes(TravelMode.PICK_UP, from, MATSUMOTO.code());
    }

    @Test
    void aRunWithinTheLimitIsReachableWhereTheTableSaysItIsNot() {
        assertThat(tableMinutes(NAGANO.code())).isGreaterThan(60);
        VERIFIER.verifyThat(MatchingConstraintProvider::travelWithinReach).given(at(1, 11L)).penalizesBy(0);
        VERIFIER.verifyThat(MatchingConstraintProvider::travelWithinReach).given(at(1, 12L))
                .penalizesBy(tableMinutes(NAGANO.code()) - 60);
        VERIFIER.verifyThat(MatchingConstraintProvider::travelWithinReach).given(at(1, 13L)).penalizesBy(15);
    }

    @Test
    void aPersonWithTheirOwnModeRidesTheRunWhenTheirOwnWayIsTooLong() {
        VERIFIER.verifyThat(MatchingConstraintProvider::travelWithinReach).given(at(2, 11L)).penalizesBy(0);
        Journey journey = at(2, 11L).getOption().journey();
        assertThat(journey.mode()).isEqualTo(TravelMode.PICK_UP);
        assertThat(journey.minutes()).isEqualTo(45);
    }

    @Test
    void aRunFromAnotherMunicipalityCarriesNobodyElse() {
        Placement placement = at(3, 11L);
        assertThat(placement.getOption().journey().possible()).isFalse();
        VERIFIER.verifyThat(MatchingConstraintProvider::travelWithinReach).given(placement)
                .penalizesBy(tableMinutes(AZUMINO.code()));
    }

    @Test
    void aLongerRunReplacesAShorterTableEstimate() {
        assertThat(tableMinutes(MATSUMOTO.code())).isLessThanOrEqualTo(30);
        VERIFIER.verifyThat(MatchingConstraintProvider::travelWithinReach).given(at(4, 14L)).penalizesBy(10);
    }

    @Test
    void theValueRangesTheRecheckAndTheExactOptimumAgree() {
        assertThat(rangeOf(1)).containsExactly(11L);
        assertThat(rangeOf(2)).containsExactly(11L);
        assertThat(rangeOf(3)).isEmpty();
        assertThat(rangeOf(4)).isEmpty();
        at(1, 11L);
        at(2, 13L);
        assertThat(HardRuleRecheck.findBreaches(solution)).extracting(HardRuleRecheck.Breach::rule)
                .containsExactly("travelWithinReach");
        // Neither reaches Matsumoto from Nagano in an hour but by slot 11's run, which takes both.
        assertThat(FlowOptimum.solve(ProblemNetworks.allFeasiblePairs(problem).network()).placed()).isEqualTo(2);
    }

    private List<Long> rangeOf(long candidateId) {
        return at(candidateId, null).getSlotOptions().stream().map(Slot::id).toList();
    }
}
