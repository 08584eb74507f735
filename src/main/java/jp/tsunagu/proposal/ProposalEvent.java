package jp.tsunagu.proposal;

/** What someone does to a proposal; {@link ProposalTransitions} says in which states it is allowed. */
public enum ProposalEvent {
    /** The coordinator keeps a draft fixed through a re-solve. */
    PIN("固定"),
    UNPIN("固定の解除"),
    /** The coordinator replaces a draft's slot by one of its alternatives. */
    SWAP("代替案への入れ替え"),
    /** Another person's accepted or swapped alternative moves this undecided proposal to another slot. */
    MOVED_BY_SWAP("入れ替えによる変更"),
    /** The coordinator excludes the draft's pair. */
    EXCLUDE("組み合わせの除外"),
    PUBLISH("公開"),
    /** A re-solve replaces an unpinned draft. */
    RESOLVE_AWAY("再計算による置き換え"),
    /** A later week's round is saved while this one is still undecided. */
    EXPIRE("期限切れ"),
    /** The counter accepts with the person's consent. */
    ACCEPT("承諾"),
    /** The counter declines for the person (also after accepting, before the host answered). */
    DECLINE("辞退"),
    /** The host confirms and agrees a first day. */
    CONFIRM("受入の確定"),
    HOST_DECLINE("受入先の辞退");

    private final String labelJa;

    ProposalEvent(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
