package jp.tsunagu.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many API requests one instance works on at once, and how long a request may wait for its
 * turn. Two cores do not finish forty requests sooner by starting them all: past a few at a time
 * each only waits longer for the processor and the database, and when callers give up the work done
 * for them is lost, so the instance serves fewer and fewer. A request that cannot start within the
 * wait is answered 503 at once, with Retry-After, and has changed nothing.
 *
 * <p>Per instance on purpose: each instance guards its own processors; several instances behind a
 * balancer each admit their own share.
 */
public final class RequestAdmission {

    private final int concurrent;
    private final Semaphore turns;
    private final Duration wait;

    public RequestAdmission(int concurrent, Duration wait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one request at a time: " + concurrent);
        }
        this.concurrent = concurrent;
        this.turns = new Semaphore(concurrent, true);
        this.wait = wait;
    }

    /** A turn, or empty when none came free within the wait. Close the turn when the request is done. */
    public Optional<Turn> enter() throws InterruptedException {
        return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(new Turn()) : Optional.empty();
    }

    /** Requests working now. */
    public int working() {
        return concurrent - turns.availablePermits();
    }

    /** One admitted request; closing it (once) lets the next one in. */
    public final class Turn implements AutoCloseable {

        private boolean closed;

        private Turn() {
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                turns.release();
            }
        }
    }
}
