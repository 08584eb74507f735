package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

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
        MatchingRound round = new MatchingRound(prefectureCode, roundStart, startedBy, solveSeconds, instanceId,
                LocalDateTime.now(ZoneOffset.UTC));
        em.persist(round);
        em.flush();
        em.createNativeQuery("UPDATE matching_round SET heartbeat_at = UTC_TIMESTAMP(3) WHERE id = ?")
                .setParameter(1, round.getId()).executeUpdate();
        em.createNativeQuery("UPDATE round_lock SET round_id = ?, heartbeat_at = UTC_TIMESTAMP(3) WHERE prefecture_code = ?")
                .setParameter(1, round.getId()).setParameter(2, prefectureCode).executeUpdate();
        return round;
    }

    /** Whether a RUNNING round's instance still beats. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean isAlive(long roundId) {
        List<?> age = em.createNativeQuery("SELECT TIMESTAMPDIFF(SECOND, heartbeat_at, UTC_TIMESTAMP(3)) FROM matching_round"
                        + " WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, roundId).getResultList();
        return !age.isEmpty() && ((Number) age.get(0)).longValue() < STALE_AFTER_SECONDS;
    }

    /** A round whose instance died: nothing of it was saved, it only needs closing and its lock freeing. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void abandon(long roundId) {
        em.createNativeQuery("UPDATE matching_round SET status = 'ABANDONED', finished_at = UTC_TIMESTAMP(3),"
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
