package jp.tsunagu.matching.solver;

import java.util.Comparator;

/**
 * Which people the construction heuristic places first (the greater, the earlier): the heavier
 * placement weight (priority, waiting), then the fewer options, since a person with few reachable
 * slots loses them first when others take them.
 */
public class PlacementDifficulty implements Comparator<Placement> {

    private static final Comparator<Placement> ORDER = Comparator.comparingLong(Placement::getWeight)
            .thenComparing(Comparator.comparingInt((Placement p) -> p.getSlotOptions().size()).reversed())
            .thenComparing(Comparator.comparingLong(Placement::getId).reversed());

    @Override
    public int compare(Placement a, Placement b) {
        return ORDER.compare(a, b);
    }
}
