package jp.tsunagu.matching.rules;

/**
 * The hard rules that judge one person against one slot, named as their constraints in the score.
 * A set of broken rules is an {@code int} bit mask ({@link #bit()}), so that it can be precomputed
 * per pair and read without allocation.
 */
public enum PairRule {
    /** 曜日・時間帯: the slot's weekdays and hours lie inside the person's availability. */
    SCHEDULE_WITHIN_AVAILABILITY("scheduleWithinAvailability", "通所できる曜日・時間帯"),
    /** 受入期間・季節: the slot takes people in the round's week and season. */
    SLOT_OPEN_IN_ROUND_WEEK("slotOpenInRoundWeek", "受入期間・季節"),
    /** ステップ: the slot asks no more hours per day and days per week than the person's stage. */
    PACING_WITHIN_STAGE("pacingWithinStage", "今のステップ（時間・日数）"),
    /** 次のステップ: a person stepping up is offered only slots asking at least their new weekly hours. */
    STEP_UP_REACHES_NEW_STAGE("stepUpReachesNewStage", "次のステップへの移行（週の時間数）"),
    /** 配慮: every accommodation the person needs is offered by the task or the site. */
    ACCOMMODATIONS_COVERED("accommodationsCovered", "必要な配慮"),
    /** 通所: the journey is within the person's and the prefecture's limit for the mode. */
    TRAVEL_WITHIN_REACH("travelWithinReach", "通所時間・手段"),
    /** 事業の対象: the slot accepts the person's programme. */
    PROGRAMME_ACCEPTED("programmeAccepted", "受け入れる支援メニュー"),
    /** 利用期間: a 就労準備支援 participant past the limit needs a recorded extension. */
    PROGRAMME_TIME_LIMIT("programmeTimeLimit", "就労準備支援事業の利用期間"),
    /** 除外: the host is not one the person must not be sent to. */
    EXCLUSION_RESPECTED("exclusionRespected", "送り出さない事業所"),
    /** 除外された組み合わせ: the slot is not one excluded for this person, nor a proposal declined before. */
    SLOT_EXCLUSION_RESPECTED("slotExclusionRespected", "除外された組み合わせ");

    private static final PairRule[] ALL = values();

    private final String constraintName;
    private final String labelJa;

    PairRule(String constraintName, String labelJa) {
        this.constraintName = constraintName;
        this.labelJa = labelJa;
    }

    /** The constraint's name in the score, e.g. {@code "travelWithinReach"}. */
    public String constraintName() {
        return constraintName;
    }

    public String labelJa() {
        return labelJa;
    }

    public int bit() {
        return 1 << ordinal();
    }

    /** Whether this rule is among the broken ones of a mask. */
    public boolean brokenIn(int brokenMask) {
        return (brokenMask & bit()) != 0;
    }

    /** All rules, in declaration order; a shared array that callers must not modify. */
    static PairRule[] all() {
        return ALL;
    }
}
