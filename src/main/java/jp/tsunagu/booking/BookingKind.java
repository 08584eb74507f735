package jp.tsunagu.booking;

/** What a booking is for. */
public enum BookingKind {
    /** 見学会: the person visits the host with staff before the first day. */
    VISIT("見学会"),
    /** 同行: staff accompany the person on the first day. */
    ACCOMPANIMENT("同行");

    private final String labelJa;

    BookingKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
