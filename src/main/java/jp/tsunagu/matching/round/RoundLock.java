package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.tsunagu.platform.LifecycleConflict;

/**
 * The database-wide lock that lets one round run at a time in a prefecture, even with several
 * service instances on one database: a row per prefecture in {@code round_lock}, taken with
 * {@code SELECT ... FOR UPDATE} so that two starts serialise on it. A holder whose heartbeat is
 * older than {@link #STALE_AFTER_SECONDS} (its instance crashed or restarted) loses the lock and
 * its round is marked ABANDONED. Heartbeats use the database clock, so instances' clocks may differ.
 */
@ApplicationScoped
public class RoundLock {

    static final int STALE_AFTER_SECONDS = 30;

    @PersistenceContext
    EntityManager em;

    /** Takes the lock and creates the RUNNING round that holds it, or refuses with 409. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MatchingRound acquire(String prefectureCode, LocalDate roundStart, String startedBy, int solveSeconds,
                                 String instanceId) {
        waitForLock(prefectureCode);
        MatchingRound round = new MatchingRound(prefectureCode, roundStart, startedBy, solveSeconds, instanceId,
                LocalDateTime.now(ZoneOffset.UTC));
        em.persist(round);
        em.flush();
        em.createNativeQuery("UPDATE matching_round SET heartbeat_at = UTC_TIMESTAMP(3) WHERE id = ?")
                .setParameter(1, round.getId()).executeUpdate();
        holdLock(prefectureCode, round.getId());
        return round;
    }

    /**
     * Takes the lock for a re-solve of a saved round: the round runs again (RUNNING, resolving) and
     * returns to its saved state when the re-solve ends, whatever happens.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reacquire(MatchingRound round, String instanceId) {
        String prefectureCode = round.getPrefectureCode();
        waitForLock(prefectureCode);
        int updated = em.createNativeQuery("UPDATE matching_round SET status = 'RUNNING', resolving = TRUE,"
                        + " stop_requested = FALSE, failure = NULL, instance_id = ?, heartbeat_at = UTC_TIMESTAMP(3)"
                        + " WHERE id = ? AND status IN ('COMPLETED', 'STOPPED')")
                .setParameter(1, instanceId).setParameter(2, round.getId()).executeUpdate();
        if (updated != 1) {
            throw new LifecycleConflict("この回は保存済みではないため、再計算できません。");
        }
        holdLock(prefectureCode, round.getId());
    }

    /**
     * Serialises on the prefecture's lock row; refuses (409) while a live round holds it, and
     * closes a holder whose instance stopped heart-beating.
     */
    private void waitForLock(String prefectureCode) {
        em.createNativeQuery("INSERT IGNORE INTO round_lock (prefecture_code) VALUES (?)")
                .setParameter(1, prefectureCode).executeUpdate();
        List<?> holder = em.createNativeQuery("SELECT round_id FROM round_lock WHERE prefecture_code = ? FOR UPDATE")
                .setParameter(1, prefectureCode).getResultList();
        Number heldBy = holder.isEmpty() ? null : (Number) holder.get(0);
        if (heldBy != null) {
            if (isAlive(heldBy.longValue())) {
                throw new RoundAlreadyRunningException(heldBy.longValue());
            }
            abandon(heldBy.longValue());
        }
    }

    private void holdLock(String prefectureCode, long roundId) {
        em.createNativeQuery("UPDATE round_lock SET round_id = ?, heartbeat_at = UTC_TIMESTAMP(3) WHERE prefecture_code = ?")
                .setParameter(1, roundId).setParameter(2, prefectureCode).executeUpdate();
    }

    /**
     * Closes the prefecture's RUNNING rounds whose instance stopped heart-beating (a crash, a kill):
     * run before rounds are listed and when an instance starts, so that nobody is told a dead round
     * still runs.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int abandonStale(String prefectureCode) {
        List<?> stale = em.createNativeQuery("SELECT id FROM matching_round WHERE prefecture_code = ? AND status = 'RUNNING'"
                        + " AND heartbeat_at < UTC_TIMESTAMP(3) - INTERVAL " + STALE_AFTER_SECONDS + " SECOND")
                .setParameter(1, prefectureCode).getResultList();
        stale.forEach(id -> abandon(((Number) id).longValue()));
        return stale.size();
    }

    /**
     * Closes the prefecture's RUNNING rounds of an earlier life of this instance: it was killed or
     * crashed while solving them, so nothing will ever save them, however fresh their heartbeat.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int abandonEarlierLives(String prefectureCode, ServiceInstance instance) {
        String sameName = instance.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
        List<?> left = em.createNativeQuery("SELECT id FROM matching_round WHERE prefecture_code = ? AND status = 'RUNNING'"
                        + " AND instance_id LIKE ? AND instance_id <> ?")
                .setParameter(1, prefectureCode).setParameter(2, sameName).setParameter(3, instance.id())
                .getResultList();
        left.forEach(id -> abandon(((Number) id).longValue()));
        return left.size();
    }

    /** Whether a RUNNING round's instance still beats. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean isAlive(long roundId) {
        List<?> age = em.createNativeQuery("SELECT TIMESTAMPDIFF(SECOND, heartbeat_at, UTC_TIMESTAMP(3)) FROM matching_round"
                        + " WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, roundId).getResultList();
        return !age.isEmpty() && ((Number) age.get(0)).longValue() < STALE_AFTER_SECONDS;
    }

    /**
     * A round whose instance died: nothing of it was saved, it only needs closing and its lock
     * freeing (a re-solve returns to the saved round it started from).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void abandon(long roundId) {
        // A re-solve falls back to the round it started from: its saved proposals were never touched.
        em.createNativeQuery("UPDATE matching_round SET status = IF(resolving, 'COMPLETED', 'ABANDONED'),"
                        + " resolve_count = resolve_count + IF(resolving, 1, 0), resolving = FALSE,"
                        + " finished_at = UTC_TIMESTAMP(3),"
                        + " failure = 'サービスが停止したため中断されました。もう一度実行できます。' WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, roundId).executeUpdate();
        em.createNativeQuery("UPDATE round_lock SET round_id = NULL WHERE round_id = ?")
                .setParameter(1, roundId).executeUpdate();
    }

    /** Frees the lock; part of the transaction that saves or fails the round. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(long roundId) {
        em.createNativeQuery("UPDATE round_lock SET round_id = NULL WHERE round_id = ?")
                .setParameter(1, roundId).executeUpdate();
    }
}
