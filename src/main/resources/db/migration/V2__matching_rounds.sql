-- Weekly matching rounds and their proposals. A round is saved whole or not at all.

-- Measured one-way minutes that replace the travel formula, per mode and municipality pair.
CREATE TABLE travel_override (
    prefecture_code CHAR(2)     NOT NULL,
    mode            VARCHAR(30) NOT NULL,
    from_code       CHAR(6)     NOT NULL,
    to_code         CHAR(6)     NOT NULL,
    minutes         INT         NOT NULL,
    PRIMARY KEY (prefecture_code, mode, from_code, to_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A prefecture's overrides of solver-config/matching.properties.
CREATE TABLE matching_setting (
    prefecture_code CHAR(2)      NOT NULL,
    name            VARCHAR(80)  NOT NULL,
    value           VARCHAR(200) NOT NULL,
    PRIMARY KEY (prefecture_code, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE matching_round (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code  CHAR(2)      NOT NULL,
    round_start      DATE         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    started_by       VARCHAR(60)  NOT NULL,
    started_at       TIMESTAMP(3) NOT NULL,
    finished_at      TIMESTAMP(3),
    solve_seconds    INT          NOT NULL,
    instance_id      VARCHAR(80)  NOT NULL,
    heartbeat_at     TIMESTAMP(3) NOT NULL,
    stop_requested   BOOLEAN      NOT NULL DEFAULT FALSE,
    candidates       INT          NOT NULL DEFAULT 0,
    slots            INT          NOT NULL DEFAULT 0,
    placed           INT          NOT NULL DEFAULT 0,
    best_score       VARCHAR(80),
    elapsed_millis   BIGINT       NOT NULL DEFAULT 0,
    summary_ja       VARCHAR(2000),
    failure          VARCHAR(2000),
    INDEX ix_round_prefecture (prefecture_code, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per prefecture: the database-wide lock that lets one round run at a time,
-- whichever service instance started it. A holder that stops heart-beating loses it.
CREATE TABLE round_lock (
    prefecture_code CHAR(2)      NOT NULL PRIMARY KEY,
    round_id        BIGINT,
    heartbeat_at    TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE proposal (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id             BIGINT        NOT NULL,
    candidate_id         BIGINT        NOT NULL,
    municipality_code    CHAR(6)       NOT NULL,
    counter_id           BIGINT        NOT NULL,
    slot_id              BIGINT        NOT NULL,
    host_id              BIGINT        NOT NULL,
    travel_minutes       INT           NOT NULL,
    travelled_by         VARCHAR(30)   NOT NULL,
    pinned               BOOLEAN       NOT NULL,
    kept_from_last_round BOOLEAN       NOT NULL,
    explanation_ja       TEXT          NOT NULL,
    alternatives_json    TEXT          NOT NULL,
    CONSTRAINT uq_proposal UNIQUE (round_id, candidate_id),
    CONSTRAINT fk_proposal_round FOREIGN KEY (round_id) REFERENCES matching_round (id),
    CONSTRAINT fk_proposal_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_proposal_slot FOREIGN KEY (slot_id) REFERENCES trial_slot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE unplaced_candidate (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id             BIGINT        NOT NULL,
    candidate_id         BIGINT        NOT NULL,
    municipality_code    CHAR(6)       NOT NULL,
    counter_id           BIGINT        NOT NULL,
    reasons_json         TEXT          NOT NULL,
    smallest_change_json TEXT,
    summary_ja           TEXT          NOT NULL,
    CONSTRAINT uq_unplaced UNIQUE (round_id, candidate_id),
    CONSTRAINT fk_unplaced_round FOREIGN KEY (round_id) REFERENCES matching_round (id),
    CONSTRAINT fk_unplaced_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
