package jp.tsunagu.registry;

/** 対人・接客の程度 of a task. */
public enum CustomerContact {
    NONE("なし"),
    SOME("少し"),
    FREQUENT("多い");

    private final String labelJa;

    CustomerContact(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
