package jp.tsunagu.platform;

/**
 * A lifecycle step refused because of where the record stands (409), with a Japanese message that
 * says why and what to do instead.
 */
public class LifecycleConflict extends RuntimeException {

    public LifecycleConflict(String messageJa) {
        super(messageJa);
    }
}
