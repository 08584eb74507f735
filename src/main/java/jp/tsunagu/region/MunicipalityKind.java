package jp.tsunagu.region;

/** 市・町・村: the kind of a municipality, as the JIS list gives it. */
public enum MunicipalityKind {
    /** 市 */
    CITY,
    /** 町 */
    TOWN,
    /** 村 */
    VILLAGE
}
