package jp.tsunagu.proposal;

/** Why a host declined a consented proposal. */
public enum HostDeclineReason {
    NO_CAPACITY("受け入れる余裕がなくなった"),
    SCHEDULE("日程・時間が合わない"),
    TASK_NOT_SUITABLE("業務内容が合わない"),
    OTHER("その他");

    private final String labelJa;

    HostDeclineReason(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
