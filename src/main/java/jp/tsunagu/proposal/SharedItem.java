package jp.tsunagu.proposal;

/**
 * What the person agreed may be shared with the host when consenting to the referral. Nothing of
 * the case history or health is ever among them.
 */
public enum SharedItem {
    /** The current pacing stage: hours per day and days per week. */
    PACING_STAGE("今のステップ（1日の時間・週の日数）"),
    /** The accommodations (配慮) needed. */
    ACCOMMODATIONS("必要な配慮"),
    /** 好きなこと・得意なこと. */
    INTERESTS("好きなこと・得意なこと"),
    /** What the person needs on the first day, in the counter's words. */
    FIRST_DAY_NEEDS("初日に必要なこと"),
    /** The counter's name and the clerk who accepted. */
    COUNTER_CONTACT("窓口の名前と担当者");

    private final String labelJa;

    SharedItem(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The item as the consent form names it. */
    public String labelJa() {
        return labelJa;
    }
}
