package jp.tsunagu.candidate;

/** The support programme a person takes part in (支援メニュー). */
public enum Programme {
    /** 就労準備支援事業: one year of use, extendable only by a recorded exception (seed 003, l.1303). */
    WORK_READINESS("就労準備支援事業"),
    /** 認定就労訓練事業 (雇用型): with an employment contract. */
    CERTIFIED_TRAINING_EMPLOYED("認定就労訓練（雇用型）"),
    /** 認定就労訓練事業 (非雇用型) */
    CERTIFIED_TRAINING_NON_EMPLOYED("認定就労訓練（非雇用型）"),
    /** 就労体験 */
    WORK_EXPERIENCE("就労体験"),
    /** 農業体験 (農福連携) */
    FARM_EXPERIENCE("農業体験"),
    /** 参加支援・居場所: a place with a role, not yet work. */
    PARTICIPATION("参加支援・居場所");

    private final String labelJa;

    Programme(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Whether the programme has a time limit that only a recorded extension lifts. */
    public boolean isTimeLimited() {
        return this == WORK_READINESS;
    }
}
