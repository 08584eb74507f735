package jp.tsunagu.matching.solver;

import jp.tsunagu.matching.problem.MatchingSettings;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The weights of the soft goals, filled from a prefecture's {@link MatchingSettings}. Each
 * constraint's match weight carries the size (minutes, percentage points, placements squared…),
 * its constraint weight here carries the prefecture's priority, so that score explanations show
 * both and a benchmark can tune one without touching the other.
 *
 * <p>Hard and medium constraints are not configurable: a broken rule is never a matter of weight.
 * {@code localHostPreferred} has two levels (own municipality, own wide area); both come from the
 * settings through its match weight, so its constraint weight is one soft point.
 */
@ConstraintConfiguration
public class MatchingWeights {

    @ConstraintWeight("travelTime")
    private HardMediumSoftLongScore travelTime = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight("interestMatched")
    private HardMediumSoftLongScore interestMatched = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight("localHostPreferred")
    private HardMediumSoftLongScore localHostPreferred = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight("fairAcrossMunicipalities")
    private HardMediumSoftLongScore fairAcrossMunicipalities = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight("stableProposals")
    private HardMediumSoftLongScore stableProposals = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight("hostLoadSpread")
    private HardMediumSoftLongScore hostLoadSpread = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight("coldHostsGetATrial")
    private HardMediumSoftLongScore coldHostsGetATrial = HardMediumSoftLongScore.ofSoft(1);

    public MatchingWeights() {
    }

    public static MatchingWeights from(MatchingSettings s) {
        MatchingWeights w = new MatchingWeights();
        w.travelTime = HardMediumSoftLongScore.ofSoft(s.weightTravelMinute());
        w.interestMatched = HardMediumSoftLongScore.ofSoft(s.weightInterest());
        w.localHostPreferred = HardMediumSoftLongScore.ofSoft(1);
        w.fairAcrossMunicipalities = HardMediumSoftLongScore.ofSoft(s.weightFairness());
        w.stableProposals = HardMediumSoftLongScore.ofSoft(s.weightStability());
        w.hostLoadSpread = HardMediumSoftLongScore.ofSoft(s.weightHostSpread());
        w.coldHostsGetATrial = HardMediumSoftLongScore.ofSoft(s.weightColdHost());
        return w;
    }

    public HardMediumSoftLongScore getTravelTime() {
        return travelTime;
    }

    public HardMediumSoftLongScore getInterestMatched() {
        return interestMatched;
    }

    public HardMediumSoftLongScore getLocalHostPreferred() {
        return localHostPreferred;
    }

    public HardMediumSoftLongScore getFairAcrossMunicipalities() {
        return fairAcrossMunicipalities;
    }

    public HardMediumSoftLongScore getStableProposals() {
        return stableProposals;
    }

    public HardMediumSoftLongScore getHostLoadSpread() {
        return hostLoadSpread;
    }

    public HardMediumSoftLongScore getColdHostsGetATrial() {
        return coldHostsGetATrial;
    }
}
