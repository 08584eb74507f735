package jp.tsunagu.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/**
 * Optimistic locking for edits made from a form: the client sends the version it read, and an
 * edit based on an older version is refused (409) instead of silently overwriting someone else's
 * change. The {@code @Version} column still catches the race between this check and the commit.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * Checks the version the client read and claims the record: the version is incremented on
     * commit even when the edit changes nothing, so that an identical edit made from a stale read
     * is refused too, instead of answering 200 over someone else's change.
     */
    public static void claim(EntityManager em, Object entity, Long versionRead, long current) {
        require(versionRead, current);
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public static void require(Long versionRead, long current) {
        if (versionRead == null) {
            throw new InvalidInputException("version", "更新には最後に読んだ version が必要です");
        }
        if (versionRead != current) {
            throw new OptimisticLockException("version " + versionRead + " is stale; the record is at " + current);
        }
    }
}
