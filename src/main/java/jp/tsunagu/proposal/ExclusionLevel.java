package jp.tsunagu.proposal;

/**
 * What an exclusion keeps a person from (除外の範囲): one slot, every slot of a task, or every slot
 * of a host. People speak of a place (「以前の勤務先だから」), not of a slot: excluding only the slot
 * proposed would let the same host come back in another slot.
 */
public enum ExclusionLevel {
    /** 受入枠: this slot only (a declined proposal, or the coordinator's pair). */
    SLOT("受入枠"),
    /** 業務: every slot of the task, those opened later too. */
    TASK("業務"),
    /** 事業所: every slot of every task of the host, those opened later too. */
    HOST("事業所");

    private final String labelJa;

    ExclusionLevel(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
