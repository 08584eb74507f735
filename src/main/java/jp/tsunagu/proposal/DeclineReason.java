package jp.tsunagu.proposal;

/** Why the person or the counter declined a proposal (辞退理由). */
public enum DeclineReason {
    PERSON_DECLINED("本人が希望しない", true),
    SUPPORT_MEETING_DECIDED("支援調整会議で別の方針に決定", true),
    TIMING("時期が合わない", false),
    HEALTH("体調", false),
    OTHER("その他", true);

    private final String labelJa;
    private final boolean rematchThisWeek;

    DeclineReason(String labelJa, boolean rematchThisWeek) {
        this.labelJa = labelJa;
        this.rematchThisWeek = rematchThisWeek;
    }

    public String labelJa() {
        return labelJa;
    }

    /**
     * Whether a re-solve in the same week looks for another slot: not after a decline for timing or
     * health, which asks for a pause rather than another offer; the next week's round includes the
     * person again.
     */
    public boolean rematchThisWeek() {
        return rematchThisWeek;
    }
}
