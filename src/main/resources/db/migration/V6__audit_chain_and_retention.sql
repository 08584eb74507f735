-- A tamper-evident audit trail and the retention of personal data (docs/privacy.md).

-- The hash chain over the audit trail. Requests write entries as before (these columns empty); the
-- sealer links them later under the chain head's row lock: chain_seq is the entry's position in the
-- chain (1, 2, ...), chain_prev_id the id of the entry before it, chain_hash
-- SHA-256(previous entry's chain_hash + the entry's canonical fields). The entry's own columns are
-- never changed.
ALTER TABLE audit_entry
    ADD COLUMN chain_seq     BIGINT   NULL,
    ADD COLUMN chain_prev_id BIGINT   NULL,
    ADD COLUMN chain_hash    CHAR(64) NULL,
    ADD CONSTRAINT uq_audit_chain_seq UNIQUE (chain_seq);

-- One row: where the chain ends. Its row lock is the only lock the sealers share; requests never take it.
-- It also tells a check that the newest sealed entries were not cut off.
CREATE TABLE audit_chain_head (
    id          TINYINT      NOT NULL PRIMARY KEY,
    last_seq    BIGINT       NOT NULL,
    last_id     BIGINT,
    last_hash   CHAR(64)     NOT NULL,
    sealed_at   TIMESTAMP(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO audit_chain_head (id, last_seq, last_id, last_hash, sealed_at)
VALUES (1, 0, NULL, '0000000000000000000000000000000000000000000000000000000000000000', NULL);

-- When a case was closed (withdrawn): the retention period runs from this day. Existing withdrawn
-- people take the day of their last change.
ALTER TABLE candidate
    ADD COLUMN closed_on      DATE         NULL,
    ADD COLUMN anonymised_at  TIMESTAMP(3) NULL,
    ADD INDEX ix_candidate_retention (prefecture_code, status, closed_on);

UPDATE candidate SET closed_on = DATE(updated_at) WHERE status = 'WITHDRAWN';
