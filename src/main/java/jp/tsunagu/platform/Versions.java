package jp.tsunagu.platform;

import jakarta.persistence.OptimisticLockException;

/**
 * Optimistic locking for edits made from a form: the client sends the version it read, and an
 * edit based on an older version is refused (409) instead of silently overwriting someone else's
 * change. The {@code @Version} column still catches the race between this check and the commit.
 */
public final class Versions {

    private Versions() {
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
