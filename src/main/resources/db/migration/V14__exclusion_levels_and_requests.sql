-- Exclusions at the level people mean: besides a person x slot pair, a person x task (every slot of
-- the task) or a person x host (every slot of every task of the host). The round expands a task or a
-- host into its slots when it reads the pool, so slots opened later are excluded too. Exactly one
-- target column is set, the one of the level. The reason is a code of a short list; declines, which
-- carry their own reason in the proposal, leave it empty.
ALTER TABLE pair_exclusion
    ADD COLUMN level   VARCHAR(10) NOT NULL DEFAULT 'SLOT' AFTER candidate_id,
    MODIFY COLUMN slot_id BIGINT NULL,
    ADD COLUMN task_id BIGINT NULL AFTER slot_id,
    ADD COLUMN host_id BIGINT NULL AFTER task_id,
    ADD COLUMN reason  VARCHAR(30) NULL AFTER source,
    ADD CONSTRAINT uq_exclusion_task UNIQUE (candidate_id, task_id),
    ADD CONSTRAINT uq_exclusion_host UNIQUE (candidate_id, host_id),
    ADD CONSTRAINT fk_exclusion_task FOREIGN KEY (task_id) REFERENCES task (id),
    ADD CONSTRAINT fk_exclusion_host FOREIGN KEY (host_id) REFERENCES host (id),
    ADD CONSTRAINT ck_exclusion_one_target CHECK (
        (level = 'SLOT' AND slot_id IS NOT NULL AND task_id IS NULL AND host_id IS NULL)
        OR (level = 'TASK' AND task_id IS NOT NULL AND slot_id IS NULL AND host_id IS NULL)
        OR (level = 'HOST' AND host_id IS NOT NULL AND slot_id IS NULL AND task_id IS NULL));

-- A counter's request that the coordinator exclude a host, task or slot for one of its people. It
-- waits (PENDING) until the coordinator confirms it (CONFIRMED: exclusion_id names the exclusion)
-- or declines it with a reason (DECLINED). The request stays as the record of who asked and why.
CREATE TABLE exclusion_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code CHAR(2)       NOT NULL,
    candidate_id    BIGINT        NOT NULL,
    counter_id      BIGINT        NOT NULL,
    level           VARCHAR(10)   NOT NULL,
    slot_id         BIGINT,
    task_id         BIGINT,
    host_id         BIGINT,
    reason          VARCHAR(30)   NOT NULL,
    note            VARCHAR(1000),
    state           VARCHAR(20)   NOT NULL,
    requested_by    VARCHAR(60)   NOT NULL,
    requested_at    TIMESTAMP(3)  NOT NULL,
    decided_by      VARCHAR(60),
    decided_at      TIMESTAMP(3),
    decline_reason  VARCHAR(1000),
    exclusion_id    BIGINT,
    version         BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_exclusion_request_state (prefecture_code, state, id),
    INDEX ix_exclusion_request_candidate (candidate_id, id),
    CONSTRAINT fk_exclusion_request_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_exclusion_request_counter FOREIGN KEY (counter_id) REFERENCES support_counter (id),
    CONSTRAINT fk_exclusion_request_slot FOREIGN KEY (slot_id) REFERENCES trial_slot (id),
    CONSTRAINT fk_exclusion_request_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_exclusion_request_host FOREIGN KEY (host_id) REFERENCES host (id),
    CONSTRAINT fk_exclusion_request_exclusion FOREIGN KEY (exclusion_id) REFERENCES pair_exclusion (id),
    CONSTRAINT ck_exclusion_request_one_target CHECK (
        (level = 'SLOT' AND slot_id IS NOT NULL AND task_id IS NULL AND host_id IS NULL)
        OR (level = 'TASK' AND task_id IS NOT NULL AND slot_id IS NULL AND host_id IS NULL)
        OR (level = 'HOST' AND host_id IS NOT NULL AND slot_id IS NULL AND task_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
