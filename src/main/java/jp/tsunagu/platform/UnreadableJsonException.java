package jp.tsunagu.platform;

/** A JSON body that could not be read, with the field and a Japanese message saying what it takes. */
public class UnreadableJsonException extends RuntimeException {

    private final Problems.FieldError error;

    public UnreadableJsonException(Problems.FieldError error, Throwable cause) {
        super(error.message(), cause);
        this.error = error;
    }

    public Problems.FieldError error() {
        return error;
    }
}
