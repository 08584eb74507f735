package jp.tsunagu.matching.round;

/** Where a round stands. Only RUNNING rounds hold the prefecture's lock. */
public enum RoundStatus {
    RUNNING("計算中"),
    /** Solved to its time limit or until no longer improving; proposals saved. */
    COMPLETED("完了"),
    /** Stopped early by the coordinator; the best proposals found so far are saved. */
    STOPPED("途中で停止（その時点の結果を保存）"),
    /** The solve failed; nothing of it was saved. */
    FAILED("失敗"),
    /** Its service instance stopped heart-beating (crash, restart): nothing was saved, the round can be started again. */
    ABANDONED("中断（サーバー停止）");

    private final String labelJa;

    RoundStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The status as the coordinator reads it. */
    public String labelJa() {
        return labelJa;
    }
}
