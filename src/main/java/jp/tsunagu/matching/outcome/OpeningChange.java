package jp.tsunagu.matching.outcome;

/**
 * The smallest change to a person's conditions that would make a slot feasible.
 *
 * @param kind      what would change, e.g. {@code MORE_TRAVEL_MINUTES}, {@code ONE_MORE_WEEKDAY}
 * @param amount    how much (minutes, days, hours); 0 where it does not apply
 * @param slotId    the slot it would open
 * @param messageJa e.g. 「通所時間をあと10分延ばせば、○○農園の受入枠に届きます」
 * @param secondKind   where no single change opens a slot, the second change it takes; null for one
 * @param secondAmount the second change's amount; null for one change
 */
public record OpeningChange(String kind, int amount, long slotId, String messageJa, String secondKind,
                            Integer secondAmount) {

    /** How many changes on the person's side it takes: one or two. */
    public int changes() {
        return secondKind == null ? 1 : 2;
    }
}
