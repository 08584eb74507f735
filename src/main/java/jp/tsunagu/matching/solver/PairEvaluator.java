package jp.tsunagu.matching.solver;

import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.matching.travel.TravelTimes;

/** Turns a person × slot pair into a {@link SlotOption}: the journey, the broken rules and the soft figures. */
public final class PairEvaluator {

    private final PairJudge judge;
    private final TravelTimes travel;
    private final MatchingSettings settings;

    public PairEvaluator(PairJudge judge) {
        this.judge = judge;
        this.travel = judge.travel();
        this.settings = judge.settings();
    }

    public PairJudge judge() {
        return judge;
    }

    /** The journey of a person from their municipality (by index; -1 if unknown) to a slot. */
    public Journey journey(CandidateFact candidate, int municipalityIndex, Slot slot) {
        if (municipalityIndex < 0) {
            return journey(candidate, municipalityIndex, slot.host().municipalityIndex(), false);
        }
        return travel.journey(municipalityIndex, candidate.travelMode(), candidate.maxOneWayMinutes(),
                slot.host().municipalityIndex(), TravelTimes.pickUpMinutes(slot.fact(), candidate.municipalityCode()));
    }

    /**
     * The journey of a person to any slot in a municipality (by index) that does or does not pick
     * people up from the person's municipality, in the travel table's minutes: all that a journey
     * reads of a slot without runs of its own.
     */
    public Journey journey(CandidateFact candidate, int municipalityIndex, int hostMunicipalityIndex,
                           boolean pickUpOffered) {
        if (municipalityIndex < 0) {
            return new Journey(candidate.travelMode(), Integer.MAX_VALUE / 4, 0, false);
        }
        return travel.journey(municipalityIndex, candidate.travelMode(), candidate.maxOneWayMinutes(),
                hostMunicipalityIndex, pickUpOffered);
    }

    /** The full evaluation of a pair whose journey is known. */
    public SlotOption evaluate(CandidateFact candidate, int municipalityIndex, String wideArea, Slot slot,
                               Journey journey) {
        int broken = judge.brokenRules(candidate, slot.fact(), slot.task(), slot.host().fact(), journey);
        boolean interest = candidate.interests().contains(slot.task().workKind());
        int local = 0;
        if (municipalityIndex >= 0 && municipalityIndex == slot.host().municipalityIndex()) {
            local = settings.weightLocalMunicipality();
        } else if (wideArea != null && wideArea.equals(slot.host().wideArea())) {
            local = settings.weightLocalWideArea();
        }
        return new SlotOption(slot, journey, broken, interest, local);
    }

    public SlotOption evaluate(CandidateFact candidate, int municipalityIndex, String wideArea, Slot slot) {
        return evaluate(candidate, municipalityIndex, wideArea, slot, journey(candidate, municipalityIndex, slot));
    }
}
