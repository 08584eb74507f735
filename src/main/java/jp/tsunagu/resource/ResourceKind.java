package jp.tsunagu.resource;

/** The kind of a social resource that is not a placement host (社会資源の種類). */
public enum ResourceKind {
    /** 居場所: a place to spend time with others, without work expected. */
    PLACE_TO_BE("居場所"),
    /** ボランティア: volunteering with a role in the community. */
    VOLUNTEERING("ボランティア"),
    /** コミュニティカフェ */
    COMMUNITY_CAFE("コミュニティカフェ"),
    /** 相談窓口: another desk that advises (health, debts, housing...). */
    CONSULTATION("相談窓口"),
    /** 学びの場: learning support, PC classes, study rooms. */
    LEARNING("学びの場"),
    /** 食の支援: food bank, children's and community dining. */
    FOOD_SUPPORT("食の支援"),
    /** 当事者の会: peer groups. */
    PEER_GROUP("当事者の会");

    private final String labelJa;

    ResourceKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
