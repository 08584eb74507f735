package jp.tsunagu.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.travel.Journey;

/**
 * Checks a finished solution against every hard rule again, without the score: each pair is judged
 * from the problem facts, and the people in each slot and under each supervisor are counted anew.
 * The solver's score is the first line of defence; this is the last, because a proposal that breaks
 * a hard rule must never reach a counter, whatever the cause.
 */
public final class HardRuleRecheck {

    /** A placement that must not be published, and the rule it breaks. */
    public record Breach(Placement placement, String rule) {
    }

    /** Lowest first: who leaves an over-full slot first. Pinned people stay longest, then the heavier. */
    private static final Comparator<Placement> LEAVES_FIRST = Comparator
            .comparing(Placement::isPinned)
            .thenComparingLong(Placement::getWeight)
            .thenComparing(Comparator.comparingLong(Placement::getId).reversed());

    private HardRuleRecheck() {
    }

    /** The placements to withdraw; does not change the solution. */
    public static List<Breach> findBreaches(MatchingSolution solution) {
        PairJudge judge = solution.getEvaluator().judge();
        List<Breach> breaches = new ArrayList<>();
        List<Placement> kept = new ArrayList<>();
        for (Placement p : solution.getPlacements()) {
            Slot slot = p.getSlot();
            if (slot == null) {
                continue;
            }
            Journey journey = judge.journey(p.getCandidate(), slot.fact(), slot.host().fact());
            int broken = judge.brokenRules(p.getCandidate(), slot.fact(), slot.task(), slot.host().fact(), journey);
            if (broken != 0) {
                breaches.add(new Breach(p, firstBroken(broken)));
            } else {
                kept.add(p);
            }
        }
        kept = withinCapacity(kept, Placement::getSlot, slot -> slot.capacity(), "slotCapacity", breaches);
        withinCapacity(kept, p -> p.getSlot().supervisor(), Supervisor::capacity, "supervisorCapacity", breaches);
        return breaches;
    }

    private static <K> List<Placement> withinCapacity(List<Placement> placements, Function<Placement, K> key,
                                                      Function<K, Integer> capacity, String rule,
                                                      List<Breach> breaches) {
        Map<K, List<Placement>> groups = new IdentityHashMap<>();
        for (Placement p : placements) {
            groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
        }
        Map<Placement, Boolean> dropped = new HashMap<>();
        for (Map.Entry<K, List<Placement>> group : groups.entrySet()) {
            int excess = group.getValue().size() - capacity.apply(group.getKey());
            if (excess > 0) {
                List<Placement> members = new ArrayList<>(group.getValue());
                members.sort(LEAVES_FIRST);
                for (int i = 0; i < excess; i++) {
                    breaches.add(new Breach(members.get(i), rule));
                    dropped.put(members.get(i), true);
                }
            }
        }
        return placements.stream().filter(p -> !dropped.containsKey(p)).toList();
    }

    private static String firstBroken(int broken) {
        for (PairRule rule : PairRule.values()) {
            if (rule.brokenIn(broken)) {
                return rule.constraintName();
            }
        }
        throw new IllegalArgumentException("no rule broken");
    }
}
