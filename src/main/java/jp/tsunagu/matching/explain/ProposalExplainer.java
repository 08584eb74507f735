package jp.tsunagu.matching.explain;

import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.PickUpRun;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.SlotOption;
import jp.tsunagu.matching.travel.Journey;

/**
 * Writes why a slot suits a person (提案理由): travel, the accommodations it covers, interests, and
 * why this host (local, pick-up, actively accepting, waiting for a trial, same as last week).
 */
final class ProposalExplainer {

    /** A host this long without a trial is worth telling the counter about. */
    private static final int COLD_WEEKS_WORTH_MENTIONING = 4;

    private final Labels labels;

    ProposalExplainer(Labels labels) {
        this.labels = labels;
    }

    String explain(Placement placement, SlotOption option) {
        CandidateFact person = placement.getCandidate();
        Slot slot = option.slot();
        HostFact host = slot.host().fact();
        StringBuilder out = new StringBuilder();
        out.append(travel(option.journey(), slot.fact(), person)).append('。');
        if (!person.accommodationNeeds().isEmpty()) {
            out.append("必要な配慮（").append(labels.accommodations(person.accommodationNeeds()))
                    .append("）にすべて対応しています。");
        }
        if (option.interestMatched()) {
            out.append("興味・得意のある「").append(slot.task().workKind().labelJa()).append("」の仕事です。");
        }
        if (host.municipalityCode().equals(person.municipalityCode())) {
            out.append("地元（").append(labels.municipality(host.municipalityCode())).append("）の受入先です。");
        } else if (placement.getWideArea() != null && placement.getWideArea().equals(slot.host().wideArea())) {
            out.append("同じ広域（").append(slot.host().wideArea()).append("）の受入先です。");
        }
        if (host.activelyAccepting()) {
            out.append("積極的に受け入れている事業所です。");
        }
        if (host.weeksWithoutTrial() >= COLD_WEEKS_WORTH_MENTIONING) {
            out.append(host.weeksWithoutTrial()).append("週間、体験の受入がない事業所です。");
        }
        if (placement.isPinned()) {
            out.append("継続中の配置のため、今回も同じ枠です。");
        } else if (placement.getPreviousSlot() == slot) {
            out.append("先週の案と同じ枠です。");
        }
        return out.toString();
    }

    /**
     * The journey, naming the pick-up point when the slot's own run carries the person, e.g.
     * 「松本駅から事業所の送迎で片道25分（上限60分）」.
     */
    static String travel(Journey journey, SlotFact slot, CandidateFact person) {
        PickUpRun run = journey.byPickUp() ? slot.runFrom(person.municipalityCode()) : null;
        if (run != null && run.point() != null && run.minutes() == journey.minutes()) {
            return run.point() + "から" + travel(journey);
        }
        return travel(journey);
    }

    /** e.g. 「自家用車で片道18分（上限60分）」, 「事業所の送迎で片道28分（上限60分）」 */
    static String travel(Journey journey) {
        String by = journey.mode() == TravelMode.PICK_UP ? "事業所の送迎" : journey.mode().labelJa();
        return by + "で片道" + journey.minutes() + "分（上限" + journey.limitMinutes() + "分）";
    }
}
