package jp.tsunagu.matching.solver;

import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.travel.Journey;

/**
 * Everything the constraints need about one person × slot pair, computed once by the assembler so
 * that no constraint recomputes travel or a rule.
 *
 * @param brokenRules     the {@link PairRule} bits the pair breaks (0 for every slot of a pruned range;
 *                        a pinned or last-round slot may break some)
 * @param interestMatched the task's kind of work is among the person's interests
 * @param localWeight     the reward for a local host: the municipality weight, the wide-area weight, or 0
 */
public record SlotOption(Slot slot, Journey journey, int brokenRules, boolean interestMatched, int localWeight) {

    public boolean breaks(PairRule rule) {
        return rule.brokenIn(brokenRules);
    }

    public boolean feasible() {
        return brokenRules == 0;
    }
}
