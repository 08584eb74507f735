package jp.tsunagu.proposal;

/** Who excluded a person from a slot, task or host. */
public enum ExclusionSource {
    /** The coordinator, reviewing a draft round. */
    COORDINATOR("コーディネーターが除外"),
    /** The person or the counter declined a proposal of this pair. */
    PERSON_DECLINED("本人・窓口の辞退"),
    /** The host declined a proposal of this pair. */
    HOST_DECLINED("受入先の辞退"),
    /** The person's counter asked for it and the coordinator confirmed ({@link ExclusionRequest}). */
    COUNTER_REQUESTED("窓口の依頼を確認");

    private final String labelJa;

    ExclusionSource(String labelJa) {
        this.labelJa = labelJa;
    }

    /** Who excluded the person, as the coordinator's list says it. */
    public String labelJa() {
        return labelJa;
    }
}
