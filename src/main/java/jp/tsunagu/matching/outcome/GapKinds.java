package jp.tsunagu.matching.outcome;

/** The kinds of {@link NetworkGap}, in the words the coordinator reads. */
public final class GapKinds {

    private GapKinds() {
    }

    /** The kind as the coordinator reads it. */
    public static String labelJa(String kind) {
        return switch (kind) {
            case "AREA" -> "通える範囲に受入枠がない";
            case "PICK_UP" -> "お住まいの市町村からの送迎がない";
            case "SCHEDULE" -> "通える曜日・時間帯の受入枠がない";
            case "SHORT_HOURS" -> "今のステップに合う短時間の受入枠がない";
            case "LONGER_HOURS" -> "次のステップに合う受入枠がない";
            case "ACCOMMODATION" -> "必要な配慮のある受入枠がない";
            case "PROGRAMME" -> "支援メニューを受け入れる受入枠がない";
            case "SEASON" -> "今の時期に受け入れる受入枠がない";
            case "OTHER_HOST" -> "送り出せる別の受入先がない";
            case "CAPACITY" -> "合う受入枠が定員に達している";
            default -> kind;
        };
    }
}
