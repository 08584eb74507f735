package jp.tsunagu.notification;

/** What a notification is about, with the label an inbox shows for it. */
public enum NotificationKind {
    /** A weekly round published proposals for the audience's people or slots. */
    PROPOSALS_PUBLISHED("新しい提案"),
    /** For an employer: a person who consented awaits its answer to a proposal. */
    DECISION_WAITING("回答待ち"),
    /** The host organisation answered a proposal. */
    EMPLOYER_ANSWERED("受入先の回答"),
    /** The person declined a proposal. */
    PERSON_DECLINED("本人の辞退"),
    /** A follow-up is past its due date. */
    FOLLOW_UP_OVERDUE("期限を過ぎたフォローアップ"),
    /** A person's programme (利用期間) is close to its limit. */
    PROGRAMME_LIMIT_NEAR("利用期限が近い"),
    /** A change of step is suggested for a person. */
    STEP_SUGGESTED("ステップ変更の提案"),
    /** A visit or an accompanied trial day (見学・同行) was booked. */
    VISIT_BOOKED("見学・同行の予定"),
    /** For the coordinators: a counter asks that a host, task or slot be excluded for its person. */
    EXCLUSION_REQUESTED("除外の依頼"),
    /** For a counter: the coordinator confirmed or declined its exclusion request. */
    EXCLUSION_ANSWERED("除外の依頼への回答");

    private final String labelJa;

    NotificationKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
