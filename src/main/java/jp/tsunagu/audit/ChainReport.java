package jp.tsunagu.audit;

/**
 * What a check of the audit chain found.
 *
 * @param intact        every sealed entry fits the chain
 * @param checked       sealed entries verified before the first that does not fit (all of them when intact)
 * @param unsealed      entries not yet linked (written since the last seal); not covered by this check
 * @param brokenEntryId the first entry that does not fit: changed, or missing (deleted); null when intact
 * @param brokenPosition its position in the chain
 * @param problem       what differs, in Japanese; null when intact
 * @param headHash      the hash of the last sealed entry, to be noted outside the database; null when broken
 */
public record ChainReport(boolean intact, long checked, long unsealed, Long brokenEntryId, Long brokenPosition,
                          String problem, String headHash) {

    static ChainReport intact(long checked, long unsealed, String headHash) {
        return new ChainReport(true, checked, unsealed, null, null, null, headHash);
    }

    static ChainReport broken(long checked, long unsealed, Long entryId, long position, String problem) {
        return new ChainReport(false, checked, unsealed, entryId, position, problem, null);
    }

    /** One line for a log or a terminal. */
    public String summary() {
        return intact
                ? "監査チェーンは無傷です（intact）: " + checked + " 件を確認、未封印 " + unsealed + " 件、末尾ハッシュ " + headHash
                : "監査チェーンが壊れています（broken）: 記録 " + brokenEntryId + "（位置 " + brokenPosition + "）: " + problem
                        + "（それまでの " + checked + " 件は正常）";
    }
}
