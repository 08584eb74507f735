package jp.tsunagu.matching.problem;

/**
 * The travel-time formula for one mode: {@code distance × detourFactor / kmPerHour × 60 + waitMinutes}.
 *
 * @param detourFactor how much longer the road is than the straight line (valleys, passes)
 * @param waitMinutes  waiting for a bus or train, or for the pick-up round
 */
public record TravelSpeed(double kmPerHour, double detourFactor, int waitMinutes) {
}
