package jp.tsunagu.matching.solver;

/**
 * A supervisor (担当者) and how many people they can look after at once across all their slots.
 * A task whose supervisor is not registered gets one of its own without a limit of this kind, so
 * that the slot's own capacity still applies.
 */
public final class Supervisor {

    private final long id;
    private final int capacity;

    public Supervisor(long id, int capacity) {
        this.id = id;
        this.capacity = capacity;
    }

    public long id() {
        return id;
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public String toString() {
        return "supervisor " + id + " (" + capacity + ")";
    }
}
