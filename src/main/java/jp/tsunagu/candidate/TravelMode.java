package jp.tsunagu.candidate;

/**
 * How a person gets to a placement (通所手段). Many people the counters support cannot drive
 * (免許返納, 無免許), so the mode decides which hosts are reachable at all.
 */
public enum TravelMode {
    /** 自家用車: drives themself. */
    CAR("自家用車"),
    /** 公共交通: bus and train only. */
    PUBLIC_TRANSPORT("公共交通"),
    /** 自転車 */
    BICYCLE("自転車"),
    /** 徒歩 */
    WALK("徒歩"),
    /** 送迎: can only come if the host picks them up. Also the mode of a journey by a host's pick-up. */
    PICK_UP("送迎");

    private final String labelJa;

    TravelMode(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
