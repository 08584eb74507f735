package jp.tsunagu.matching.travel;

import jp.tsunagu.candidate.TravelMode;

/**
 * How one person would get to one slot (通所経路): by their own mode, or by the host's pick-up (送迎).
 *
 * @param mode         the mode used; {@link TravelMode#PICK_UP} when the host collects the person
 * @param minutes      one-way minutes
 * @param limitMinutes the longest journey allowed for this person by this mode: the smaller of the
 *                     person's own limit and the prefecture's limit for the mode
 * @param possible     false when the person can only come by pick-up and the host offers none from
 *                     their municipality; {@code minutes} is then what a pick-up would take
 */
public record Journey(TravelMode mode, int minutes, int limitMinutes, boolean possible) {

    /** Whether the person can make this journey within both limits. */
    public boolean reachable() {
        return possible && minutes <= limitMinutes;
    }

    /**
     * Minutes beyond the limit, the size of a travel penalty; an impossible journey counts its whole
     * length (at least one minute), so that it is never cheaper than a long but possible one.
     */
    public int excessMinutes() {
        if (!possible) {
            return Math.max(1, minutes);
        }
        return Math.max(0, minutes - limitMinutes);
    }

    /** Whether the host's pick-up carries the person. */
    public boolean byPickUp() {
        return mode == TravelMode.PICK_UP;
    }
}
