package jp.tsunagu.matching.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.matching.optimum.MunicipalityAlone;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MunicipalityFact;

/**
 * The network's value in figures (広域連携の効果) of one round: the people placed prefecture-wide
 * against the sum of what each municipality would place alone (its own people at its own hosts,
 * same rules; {@link MunicipalityAlone}), in total and per municipality. Both counts include the
 * running placements the round keeps.
 *
 * @param placed      placed by the prefecture-wide round
 * @param placedAlone the municipalities' placed-alone counts, summed
 * @param ratio       placed / placedAlone (0 when nobody would be placed alone)
 */
public record NetworkValue(int placed, int placedAlone, double ratio, List<MunicipalityValue> municipalities) {

    /** One municipality: its people, placed by the round, placed alone. */
    public record MunicipalityValue(String municipalityCode, String municipalityName, int people, int placed,
                                    int placedAlone) {
    }

    static NetworkValue of(MatchingProblem problem, MatchingOutcome outcome, List<MunicipalityAlone.Figure> alone) {
        Map<Long, String> home = new HashMap<>();
        for (CandidateFact c : problem.candidates()) {
            home.put(c.id(), c.municipalityCode());
        }
        Map<String, Integer> placedBy = new HashMap<>();
        for (ProposalOutcome p : outcome.proposals()) {
            placedBy.merge(home.get(p.candidateId()), 1, Integer::sum);
        }
        Map<String, String> names = new HashMap<>();
        for (MunicipalityFact m : problem.municipalities()) {
            names.put(m.code(), m.name());
        }
        List<MunicipalityValue> municipalities = new ArrayList<>();
        for (MunicipalityAlone.Figure f : alone) {
            municipalities.add(new MunicipalityValue(f.municipalityCode(), names.get(f.municipalityCode()), f.people(),
                    placedBy.getOrDefault(f.municipalityCode(), 0), f.placedAlone()));
        }
        int placed = outcome.proposals().size();
        int placedAlone = MunicipalityAlone.total(alone);
        double ratio = placedAlone == 0 ? 0 : Math.round(1000.0 * placed / placedAlone) / 1000.0;
        return new NetworkValue(placed, placedAlone, ratio, List.copyOf(municipalities));
    }

    /** The sentence for the round's summary. */
    String summaryJa() {
        return String.format(Locale.ROOT, "市町村ごとに単独でマッチングした場合は合計 %d 人のところ、県全体では %d 人（%.2f 倍）に提案できました。",
                placedAlone, placed, ratio);
    }
}
