package jp.tsunagu.proposal;

/** Where a counter's exclusion request stands. */
public enum ExclusionRequestState {
    /** Waiting for the coordinator. */
    PENDING("コーディネーターの確認待ち"),
    /** The coordinator confirmed it: the exclusion holds from the next round and re-solve. */
    CONFIRMED("除外が確定"),
    /** The coordinator declined it, saying why. */
    DECLINED("見送り");

    private final String labelJa;

    ExclusionRequestState(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
