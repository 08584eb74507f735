package jp.tsunagu.matching.problem;

/**
 * One pick-up run (送迎便) of a slot: the host collects people in a municipality, at a named point
 * or anywhere in it, and the run takes a known number of minutes one way. A run from the station
 * at 8:00 and one from a village at 13:00 take different times, so the run's own minutes replace
 * the prefecture's municipality-to-municipality estimate for this slot.
 *
 * @param municipalityCode JIS code of the municipality the run starts from
 * @param point            the named pick-up point in it (e.g. 「松本駅」), or null for the whole municipality
 * @param minutes          one-way minutes of the run, from the pick-up to the host
 */
public record PickUpRun(String municipalityCode, String point, int minutes) {

    public PickUpRun {
        if (point != null && point.isBlank()) {
            point = null;
        }
    }
}
