package jp.tsunagu.registry;

/** 身体的負荷 of a task. */
public enum PhysicalLoad {
    LIGHT("軽い"),
    MODERATE("普通"),
    HEAVY("重い");

    private final String labelJa;

    PhysicalLoad(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
