package jp.tsunagu.proposal;

/** Why a person must not be sent somewhere (除外の理由), as the coordinator and the counters name it. */
public enum ExclusionReason {
    /** 以前の勤務先: the person worked there before. */
    FORMER_WORKPLACE("以前の勤務先"),
    /** 人間関係: someone there the person should not meet (family, acquaintance, a past conflict). */
    RELATIONSHIPS("人間関係"),
    /** 本人の希望: the person does not want to go there. */
    PERSON_WISHES("本人の希望"),
    /** その他: said in the note, which is then required. */
    OTHER("その他");

    private final String labelJa;

    ExclusionReason(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
