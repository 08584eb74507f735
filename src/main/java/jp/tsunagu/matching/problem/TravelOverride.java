package jp.tsunagu.matching.problem;

import jp.tsunagu.candidate.TravelMode;

/** A measured one-way journey time that replaces the formula for one mode and one municipality pair. */
public record TravelOverride(TravelMode mode, String fromCode, String toCode, int minutes) {
}
