package jp.tsunagu.platform;

import java.util.Optional;

/**
 * Limits a JSON body before any parser sees it: its size, how deeply arrays and objects nest and
 * how long a number may be. A parser given 100,000 nested brackets or a number of 100,000 digits
 * spends its stack or its time on it; a form of this service never sends anything close.
 */
public final class JsonBodyGuard {

    /** The largest JSON body accepted (1 MiB). */
    public static final int MAX_BYTES = 1 << 20;
    /** How deeply arrays and objects may nest. */
    public static final int MAX_DEPTH = 32;
    /** The longest number (sign, digits, fraction and exponent). */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** The most digits of an exponent. */
    public static final int MAX_EXPONENT_DIGITS = 3;

    /** Why a body is refused: a status (400 or 413) and a Japanese detail. */
    public record Refusal(int status, String detail) {
    }

    private JsonBodyGuard() {
    }

    public static Refusal tooLarge() {
        return new Refusal(413, "JSON の本文は " + (MAX_BYTES / 1024) + " KB までです。");
    }

    /** The refusal of the first {@code length} bytes of {@code body}, or nothing if they may be parsed. */
    public static Optional<Refusal> check(byte[] body, int length) {
        if (length > MAX_BYTES) {
            return Optional.of(tooLarge());
        }
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        int numberLength = 0;
        int exponentDigits = -1;
        for (int i = 0; i < length; i++) {
            byte b = body[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
                continue;
            }
            if (b == '-' || b == '+' || b == '.' || (b >= '0' && b <= '9') || b == 'e' || b == 'E') {
                numberLength++;
                if (b == 'e' || b == 'E') {
                    exponentDigits = 0;
                } else if (exponentDigits >= 0 && b >= '0' && b <= '9') {
                    exponentDigits++;
                }
                if (numberLength > MAX_NUMBER_LENGTH) {
                    return Optional.of(new Refusal(400, "数値が長すぎます（" + MAX_NUMBER_LENGTH + " 文字まで）。"));
                }
                if (exponentDigits > MAX_EXPONENT_DIGITS) {
                    return Optional.of(new Refusal(400, "数値の指数が大きすぎます（" + MAX_EXPONENT_DIGITS + " 桁まで）。"));
                }
                continue;
            }
            numberLength = 0;
            exponentDigits = -1;
            switch (b) {
                case '"' -> inString = true;
                case '[', '{' -> {
                    if (++depth > MAX_DEPTH) {
                        return Optional.of(new Refusal(400,
                                "配列やオブジェクトの入れ子が深すぎます（" + MAX_DEPTH + " 段まで）。"));
                    }
                }
                case ']', '}' -> depth--;
                default -> {
                }
            }
        }
        return Optional.empty();
    }
}
