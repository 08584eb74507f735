-- The lifecycle from proposal to placement and follow-up (docs/lifecycle.md): a round is a draft
-- until the coordinator publishes it; each proposal moves through an explicit state machine; a
-- confirmed proposal becomes a placement that is monitored until it ends with an outcome.

-- Publication and re-solving of a round. `resolving` marks a RUNNING round that already has saved
-- proposals: if its re-solve fails or is abandoned it returns to COMPLETED, keeping them.
ALTER TABLE matching_round
    ADD COLUMN published_at TIMESTAMP(3) NULL,
    ADD COLUMN published_by VARCHAR(60)  NULL,
    ADD COLUMN resolving    BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN resolve_count INT         NOT NULL DEFAULT 0,
    ADD COLUMN continuing   INT          NOT NULL DEFAULT 0;

-- A re-solve supersedes drafts, so a person may have several proposals in one round (one live).
ALTER TABLE proposal ADD INDEX ix_proposal_round_candidate (round_id, candidate_id);
ALTER TABLE proposal DROP INDEX uq_proposal;
ALTER TABLE proposal
    ADD COLUMN state               VARCHAR(30)   NOT NULL DEFAULT 'DRAFT',
    ADD COLUMN version             BIGINT        NOT NULL DEFAULT 0,
    ADD COLUMN decline_reason      VARCHAR(30),
    ADD COLUMN decline_note        VARCHAR(1000),
    ADD COLUMN consent_date        DATE,
    ADD COLUMN shared_items        VARCHAR(200)  NOT NULL DEFAULT '',
    ADD COLUMN first_day_needs     VARCHAR(1000),
    ADD COLUMN decided_by          VARCHAR(60),
    ADD COLUMN decided_at          TIMESTAMP(3),
    ADD COLUMN host_decline_reason VARCHAR(30),
    ADD COLUMN host_note           VARCHAR(1000),
    ADD COLUMN first_day           DATE,
    ADD COLUMN answered_by         VARCHAR(60),
    ADD COLUMN answered_at         TIMESTAMP(3),
    ADD INDEX ix_proposal_slot_state (slot_id, state),
    ADD INDEX ix_proposal_host_state (host_id, state),
    ADD INDEX ix_proposal_candidate_state (candidate_id, state);

-- A person x slot pair that must not be proposed again: excluded by the coordinator, or declined by
-- the person or the host. Lifting keeps the row (who lifted it, when) and re-excluding reuses it.
CREATE TABLE pair_exclusion (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code CHAR(2)       NOT NULL,
    candidate_id    BIGINT        NOT NULL,
    slot_id         BIGINT        NOT NULL,
    source          VARCHAR(30)   NOT NULL,
    proposal_id     BIGINT,
    note            VARCHAR(1000),
    created_by      VARCHAR(60)   NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    lifted_by       VARCHAR(60),
    lifted_at       TIMESTAMP(3),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_pair_exclusion UNIQUE (candidate_id, slot_id),
    CONSTRAINT fk_exclusion_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_exclusion_slot FOREIGN KEY (slot_id) REFERENCES trial_slot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A running or ended placement: what a confirmed proposal became.
CREATE TABLE placement (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code    CHAR(2)       NOT NULL,
    proposal_id        BIGINT        NOT NULL,
    candidate_id       BIGINT        NOT NULL,
    counter_id         BIGINT        NOT NULL,
    municipality_code  CHAR(6)       NOT NULL,
    slot_id            BIGINT        NOT NULL,
    host_id            BIGINT        NOT NULL,
    start_date         DATE          NOT NULL,
    planned_days       INT           NOT NULL,
    planned_hours      INT           NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    seeking_next_stage BOOLEAN       NOT NULL DEFAULT FALSE,
    ended_on           DATE,
    outcome            VARCHAR(30),
    end_reason         VARCHAR(1000),
    ended_by           VARCHAR(60),
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uq_placement_proposal UNIQUE (proposal_id),
    CONSTRAINT fk_placement_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_placement_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_placement_slot FOREIGN KEY (slot_id) REFERENCES trial_slot (id),
    INDEX ix_placement_state (prefecture_code, state),
    INDEX ix_placement_host (host_id, state),
    INDEX ix_placement_candidate (candidate_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- What the host records each week: days and hours attended.
CREATE TABLE attendance (
    placement_id   BIGINT        NOT NULL,
    week_start     DATE          NOT NULL,
    days_attended  INT           NOT NULL,
    hours_attended DECIMAL(4,1)  NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL,
    recorded_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (placement_id, week_start),
    CONSTRAINT fk_attendance_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The counter's check-ins after the start (no つなぎっぱなし), due by the prefecture's settings.
CREATE TABLE follow_up (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT        NOT NULL,
    label        VARCHAR(20)   NOT NULL,
    due_on       DATE          NOT NULL,
    done_on      DATE,
    note         VARCHAR(2000),
    done_by      VARCHAR(60),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_follow_up UNIQUE (placement_id, label),
    CONSTRAINT fk_follow_up_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    INDEX ix_follow_up_due (due_on, done_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A suggested change of pacing stage, read off the attendance: up after steady weeks, down (and a
-- talk) after repeated absence. The counter accepts or dismisses it with the person.
CREATE TABLE step_suggestion (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT        NOT NULL,
    direction    VARCHAR(10)   NOT NULL,
    from_hours   INT           NOT NULL,
    from_days    INT           NOT NULL,
    to_hours     INT           NOT NULL,
    to_days      INT           NOT NULL,
    reason_ja    VARCHAR(400)  NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    decided_by   VARCHAR(60),
    decided_at   TIMESTAMP(3),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_step_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Accompanying staff (job coaches, 就労支援員) of a counter, or of the prefecture when counter_id is null.
CREATE TABLE support_staff (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code CHAR(2)       NOT NULL,
    counter_id      BIGINT,
    name            VARCHAR(120)  NOT NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_staff_counter FOREIGN KEY (counter_id) REFERENCES support_counter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A site visit before the first day (見学会) or accompaniment on the first day (同行).
CREATE TABLE booking (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code CHAR(2)       NOT NULL,
    proposal_id     BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    starts_at       DATETIME      NOT NULL,
    ends_at         DATETIME      NOT NULL,
    note            VARCHAR(1000),
    created_by      VARCHAR(60)   NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    cancelled_at    TIMESTAMP(3),
    CONSTRAINT fk_booking_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    INDEX ix_booking_proposal (proposal_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE booking_staff (
    booking_id BIGINT   NOT NULL,
    staff_id   BIGINT   NOT NULL,
    starts_at  DATETIME NOT NULL,
    ends_at    DATETIME NOT NULL,
    PRIMARY KEY (booking_id, staff_id),
    CONSTRAINT fk_bs_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
    CONSTRAINT fk_bs_staff FOREIGN KEY (staff_id) REFERENCES support_staff (id),
    INDEX ix_bs_staff_time (staff_id, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
