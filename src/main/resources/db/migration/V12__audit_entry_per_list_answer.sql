-- A list answer (a page of people, a round's proposals) is one audit entry that names every case it
-- showed, instead of one entry per case: a page of 50 was 50 wide rows, each linked into the hash
-- chain by the sealer again. The cases are rows of audit_entry_subject, written in the same
-- transaction as their entry; subject_count says how many. The sealer hashes the entry with its
-- cases, so a case taken out of or added to an entry breaks the chain there (docs/privacy.md).
ALTER TABLE audit_entry ADD COLUMN subject_count INT NULL;

CREATE TABLE audit_entry_subject (
    entry_id    BIGINT      NOT NULL,
    subject_id  BIGINT      NOT NULL,
    case_code   VARCHAR(40),
    PRIMARY KEY (entry_id, subject_id),
    -- A disclosure request and GET /audit?subjectId find the list answers that showed a case.
    INDEX ix_audit_subject_case (subject_id, entry_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
