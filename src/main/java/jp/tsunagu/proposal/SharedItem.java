package jp.tsunagu.proposal;

/**
 * What the person agreed may be shared with the host when consenting to the referral. Nothing of
 * the case history or health is ever among them.
 */
public enum SharedItem {
    /** The current pacing stage: hours per day and days per week. */
    PACING_STAGE,
    /** The accommodations (配慮) needed. */
    ACCOMMODATIONS,
    /** 好きなこと・得意なこと. */
    INTERESTS,
    /** What the person needs on the first day, in the counter's words. */
    FIRST_DAY_NEEDS,
    /** The counter's name and the clerk who accepted. */
    COUNTER_CONTACT
}
