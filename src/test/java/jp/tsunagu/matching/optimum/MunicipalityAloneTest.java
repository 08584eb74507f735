package jp.tsunagu.matching.optimum;

import static jp.tsunagu.matching.fixture.Fixture.AZUMINO;
import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static jp.tsunagu.matching.fixture.Fixture.NAGANO;
import static org.assertj.core.api.Assertions.assertThat;

import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.Test;

/**
 * Each municipality alone places only its own people at its own hosts: people of a municipality
 * without hosts place nobody alone, a host's room is not lent to neighbours, and the same rules and
 * capacities hold as in the prefecture-wide optimum.
 */
class MunicipalityAloneTest {

    @Test
    void eachMunicipalityPlacesItsOwnPeopleAtItsOwnHostsOnly() {
        MatchingProblem problem = Fixture.problem()
                // Azumino: one slot for three people; Matsumoto: a slot for one; Nagano: no host
                .site(1, AZUMINO, WorkKind.FARMING, 9, Fixture.slot(11, 10).capacity(3))
                .site(2, MATSUMOTO, WorkKind.CLEANING, 9, Fixture.slot(21, 20).capacity(1))
                .candidate(Fixture.candidate(1).in(AZUMINO))
                .candidate(Fixture.candidate(2).in(MATSUMOTO))
                .candidate(Fixture.candidate(3).in(MATSUMOTO))
                .candidate(Fixture.candidate(4).in(MATSUMOTO))
                .candidate(Fixture.candidate(5).in(NAGANO))
                .build();

        assertThat(MunicipalityAlone.of(problem)).containsExactly(
                new MunicipalityAlone.Figure(NAGANO.code(), 1, 0),
                new MunicipalityAlone.Figure(MATSUMOTO.code(), 3, 1),
                new MunicipalityAlone.Figure(AZUMINO.code(), 1, 1));
        // Prefecture-wide, two Matsumoto people also go to Azumino's room: 4 against 2 alone.
        int wide = FlowOptimum.solve(ProblemNetworks.allFeasiblePairs(problem).network()).placed();
        assertThat(wide).isEqualTo(4);
        assertThat(MunicipalityAlone.total(MunicipalityAlone.of(problem))).isEqualTo(2);
    }
}
