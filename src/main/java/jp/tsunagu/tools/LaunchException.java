package jp.tsunagu.tools;

/** A reason the local service cannot start, worded for the person who typed the command. */
final class LaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    LaunchException(String message) {
        super(message);
    }
}
