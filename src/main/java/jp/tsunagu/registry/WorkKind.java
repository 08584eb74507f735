package jp.tsunagu.registry;

/** The kind of work of a carved-out task (切り出した業務の種類); also what a person may be interested in. */
public enum WorkKind {
    FARMING("農作業"),
    LIGHT_WORK("軽作業"),
    CLEANING("清掃"),
    KITCHEN_HELP("調理補助"),
    DATA_ENTRY("PC入力"),
    SALES("販売"),
    CARE_ASSIST("介護補助"),
    OFFICE_ASSIST("事務補助"),
    MANUFACTURING("製造"),
    GARDENING("園芸・緑化");

    private final String labelJa;

    WorkKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
