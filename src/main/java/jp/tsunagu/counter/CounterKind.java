package jp.tsunagu.counter;

/** What kind of body submits people. */
public enum CounterKind {
    /** 自立相談支援機関 of a city or of the prefecture. */
    SELF_RELIANCE_SUPPORT_AGENCY,
    /** 一次相談窓口 of a town or village without a welfare office (福祉事務所未設置町村). */
    FIRST_STAGE_COUNTER
}
