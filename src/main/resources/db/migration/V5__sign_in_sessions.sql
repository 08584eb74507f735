-- Sign-in sessions of the web interface, kept in the database so that any service instance can
-- check them. The cookie's token itself is never stored: only its SHA-256, so that a copy of this
-- table does not let anyone act as a signed-in user.
CREATE TABLE sign_in_session (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash    CHAR(64)     NOT NULL,
    username      VARCHAR(60)  NOT NULL,
    csrf_token    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    -- the last request seen, for the idle expiry; written at most once a minute per session
    last_seen_at  DATETIME(3)  NOT NULL,
    -- the absolute expiry, however active the session is
    expires_at    DATETIME(3)  NOT NULL,
    revoked_at    DATETIME(3),
    CONSTRAINT uq_sign_in_session_token UNIQUE (token_hash),
    INDEX ix_sign_in_session_expiry (expires_at),
    CONSTRAINT fk_sign_in_session_account FOREIGN KEY (username) REFERENCES account (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Wrong passwords per username (sign-in page and HTTP Basic alike), to refuse further attempts after
-- too many within a window. One row per failure: appending never races between instances.
CREATE TABLE sign_in_failure (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(60)  NOT NULL,
    failed_at  DATETIME(3)  NOT NULL,
    INDEX ix_sign_in_failure_user (username, failed_at),
    INDEX ix_sign_in_failure_time (failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
