package jp.tsunagu.matching.outcome;

/**
 * The network's gap (受入先の不足) behind an unplaced person for whom no change on their side
 * opens a slot: the kind of slot that would take them, in words, to canvass hosts for.
 *
 * @param kind             what is missing near the person: {@code AREA} (any slot within reach),
 *                         {@code PICK_UP} (a slot picking up from their municipality), {@code SCHEDULE}
 *                         (their weekdays and hours), {@code SHORT_HOURS} (a slot as short as their
 *                         stage), {@code LONGER_HOURS} (long enough for their next stage),
 *                         {@code ACCOMMODATION} (the accommodations they need), {@code PROGRAMME}
 *                         (their programme), {@code SEASON} (open this week), {@code OTHER_HOST}
 *                         (a host not excluded for them), {@code CAPACITY} (room at slots that fit)
 * @param municipalityCode the person's municipality (JIS code)
 * @param wideArea         its wide area (広域), or null
 * @param messageJa        the slot that would take them, e.g. 「松本市から公共交通で60分以内、月・水の
 *                         9:00〜15:00に1日3時間・週2日まで、必要な配慮（静かな環境）に対応できる受入枠」
 */
public record NetworkGap(String kind, String municipalityCode, String wideArea, String messageJa) {
}
