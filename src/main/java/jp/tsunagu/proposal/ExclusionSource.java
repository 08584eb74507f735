package jp.tsunagu.proposal;

/** Who excluded a person from a slot, task or host. */
public enum ExclusionSource {
    /** The coordinator, reviewing a draft round. */
    COORDINATOR,
    /** The person or the counter declined a proposal of this pair. */
    PERSON_DECLINED,
    /** The host declined a proposal of this pair. */
    HOST_DECLINED,
    /** The person's counter asked for it and the coordinator confirmed ({@link ExclusionRequest}). */
    COUNTER_REQUESTED
}
