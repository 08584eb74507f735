package jp.tsunagu.matching.problem;

/** A problem file that cannot be read: malformed JSON, a wrong type, or a reference that does not resolve. */
public class ProblemFileException extends RuntimeException {

    public ProblemFileException(String message) {
        super(message);
    }

    public ProblemFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
