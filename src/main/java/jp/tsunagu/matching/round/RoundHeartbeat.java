package jp.tsunagu.matching.round;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Beats for the rounds this instance solves, every three seconds, as a container timer. A timer
 * runs in a context of its own: a task scheduled from inside a web request would carry that
 * request's context (its entity manager, its invocation) into every later run, long after the
 * request ended.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoundHeartbeat {

    @Inject
    RoundService rounds;

    @Schedule(hour = "*", minute = "*", second = "*/" + RoundService.HEARTBEAT_EVERY_SECONDS, persistent = false)
    void beat() {
        rounds.beat();
    }
}
