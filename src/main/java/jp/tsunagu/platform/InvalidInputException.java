package jp.tsunagu.platform;

/** Input that is well-formed but wrong in the domain's terms (an unknown municipality, an until before a from). */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
