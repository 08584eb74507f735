package jp.tsunagu.access;

/** The three kinds of user of the network. */
public enum Role {
    /** 都道府県のマッチング支援担当: reads everything in the prefecture, keeps the host registry, runs the matching. */
    COORDINATOR("県コーディネーター"),
    /** 市町村の自立相談支援機関: submits and keeps only the people of the municipalities it serves. */
    COUNTER("自立相談支援機関"),
    /** 受入事業所: manages only its own organisation's tasks and slots. */
    EMPLOYER("受入事業所");

    private final String labelJa;

    Role(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The role as every screen's header names it. */
    public String labelJa() {
        return labelJa;
    }
}
