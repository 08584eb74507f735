package jp.tsunagu.placement;

/** How a placement ended (終結の理由). */
public enum PlacementOutcome {
    HIRED("就職した", false),
    OTHER_WORK("他の仕事・訓練に移った", false),
    CONTINUES_ELSEWHERE("別の受入先で続ける", true),
    ENDED_BY_PERSON("本人の申し出で終了", true),
    ENDED_BY_HOST("受入先の都合で終了", true);

    private final String labelJa;
    private final boolean backToPool;

    PlacementOutcome(String labelJa, boolean backToPool) {
        this.labelJa = labelJa;
        this.backToPool = backToPool;
    }

    public String labelJa() {
        return labelJa;
    }

    /**
     * Whether the person is matched again from the next round. Not after finding work: their counter
     * withdraws or re-submits them when the plan says so; the history is kept either way.
     */
    public boolean backToPool() {
        return backToPool;
    }
}
