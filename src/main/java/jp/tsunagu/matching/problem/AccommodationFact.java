package jp.tsunagu.matching.problem;

/**
 * An entry of the accommodation catalogue (配慮).
 *
 * @param code    stable identifier, e.g. {@code "quiet_place"}
 * @param labelJa what people read, e.g. {@code "静かな環境"}
 */
public record AccommodationFact(String code, String labelJa) {
}
