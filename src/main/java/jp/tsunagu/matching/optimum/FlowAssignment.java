package jp.tsunagu.matching.optimum;

/**
 * An assignment of people to slots and its core figures.
 *
 * @param slotOfCandidate    the slot of each person, or -1 if unplaced
 * @param placedWeight       sum of the placement weights of the placed people
 * @param totalTravelMinutes sum of their one-way minutes
 */
public record FlowAssignment(int[] slotOfCandidate, long placedWeight, long totalTravelMinutes) {

    public static final int UNPLACED = -1;

    public int placed() {
        int placed = 0;
        for (int slot : slotOfCandidate) {
            if (slot != UNPLACED) {
                placed++;
            }
        }
        return placed;
    }
}
