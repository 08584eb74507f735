package jp.tsunagu.registry;

/** The kind of a host organisation (受入事業所の種別). */
public enum HostKind {
    /** 企業 */
    COMPANY("企業"),
    /** 農家・JA組合員 */
    FARM("農家"),
    /** 社会福祉法人 */
    SOCIAL_WELFARE_CORPORATION("社会福祉法人"),
    /** NPO法人 */
    NPO("NPO法人"),
    /** 商店 */
    SHOP("商店"),
    /** 地域カフェ */
    COMMUNITY_CAFE("地域カフェ");

    private final String labelJa;

    HostKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
