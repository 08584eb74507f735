package jp.tsunagu.matching.outcome;

/**
 * One hard rule and the number of slots it rules out for a person.
 *
 * @param rule      the constraint's name, as in the score (e.g. {@code "travelWithinReach"})
 * @param slots     how many slots this rule rules out
 * @param messageJa e.g. 「バスで45分以内の受入枠がありません（412枠）」
 */
public record UnplacedReason(String rule, int slots, String messageJa) {
}
