-- The registry of the matching network: reference data, who submits, who hosts, who may log in,
-- and the audit trail. utf8mb4 throughout: names, labels and explanations are Japanese.

CREATE TABLE prefecture (
    code        CHAR(2)      NOT NULL PRIMARY KEY,
    name        VARCHAR(20)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE municipality (
    code            CHAR(6)       NOT NULL PRIMARY KEY,
    prefecture_code CHAR(2)       NOT NULL,
    name            VARCHAR(40)   NOT NULL,
    name_kana       VARCHAR(80)   NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    district        VARCHAR(40),
    wide_area       VARCHAR(40)   NOT NULL,
    latitude        DECIMAL(9,6)  NOT NULL,
    longitude       DECIMAL(9,6)  NOT NULL,
    CONSTRAINT fk_municipality_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The accommodation catalogue (配慮) is data: a prefecture adds its own entries.
CREATE TABLE accommodation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code CHAR(2)      NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    label_ja        VARCHAR(80)  NOT NULL,
    CONSTRAINT uq_accommodation UNIQUE (prefecture_code, code),
    CONSTRAINT fk_accommodation_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A submitting body: a 自立相談支援機関, or a first-stage counter (一次相談) of a town without a welfare office.
CREATE TABLE support_counter (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code CHAR(2)      NOT NULL,
    name            VARCHAR(120) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    CONSTRAINT fk_counter_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE counter_municipality (
    counter_id        BIGINT  NOT NULL,
    municipality_code CHAR(6) NOT NULL,
    PRIMARY KEY (counter_id, municipality_code),
    CONSTRAINT fk_cm_counter FOREIGN KEY (counter_id) REFERENCES support_counter (id),
    CONSTRAINT fk_cm_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE host (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code     CHAR(2)      NOT NULL,
    external_ref        VARCHAR(40)  NOT NULL,
    name                VARCHAR(120) NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    municipality_code   CHAR(6)      NOT NULL,
    latitude            DECIMAL(9,6),
    longitude           DECIMAL(9,6),
    contact_person      VARCHAR(80),
    contact_hours       VARCHAR(80),
    actively_accepting  BOOLEAN      NOT NULL DEFAULT FALSE,
    site_accommodations VARCHAR(1000) NOT NULL DEFAULT '',
    last_trial_on       DATE,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_host_ref UNIQUE (prefecture_code, external_ref),
    CONSTRAINT fk_host_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE supervisor (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    host_id    BIGINT      NOT NULL,
    name       VARCHAR(80) NOT NULL,
    capacity   INT         NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_supervisor UNIQUE (host_id, name),
    CONSTRAINT fk_supervisor_host FOREIGN KEY (host_id) REFERENCES host (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE task (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    host_id                BIGINT        NOT NULL,
    external_ref           VARCHAR(40)   NOT NULL,
    title                  VARCHAR(120)  NOT NULL,
    work_kind              VARCHAR(30)   NOT NULL,
    physical_load          VARCHAR(20)   NOT NULL,
    customer_contact       VARCHAR(20)   NOT NULL,
    accommodations_offered VARCHAR(1000) NOT NULL DEFAULT '',
    supervisor_id          BIGINT        NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_task_ref UNIQUE (host_id, external_ref),
    CONSTRAINT fk_task_host FOREIGN KEY (host_id) REFERENCES host (id),
    CONSTRAINT fk_task_supervisor FOREIGN KEY (supervisor_id) REFERENCES supervisor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE trial_slot (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id        BIGINT       NOT NULL,
    external_ref   VARCHAR(40)  NOT NULL,
    weekdays       VARCHAR(80)  NOT NULL,
    start_time     TIME         NOT NULL,
    hours_per_day  INT          NOT NULL,
    open_from      DATE         NOT NULL,
    open_until     DATE         NOT NULL,
    season_months  VARCHAR(40)  NOT NULL DEFAULT '',
    capacity       INT          NOT NULL,
    pick_up_from   VARCHAR(400) NOT NULL DEFAULT '',
    programmes     VARCHAR(300) NOT NULL DEFAULT '',
    open           BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_slot_ref UNIQUE (task_id, external_ref),
    CONSTRAINT fk_slot_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A person supported by a counter, pseudonymous: the case code is the counter's, no name is held.
CREATE TABLE candidate (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code     CHAR(2)       NOT NULL,
    case_code           VARCHAR(40)   NOT NULL,
    counter_id          BIGINT        NOT NULL,
    municipality_code   CHAR(6)       NOT NULL,
    travel_mode         VARCHAR(30)   NOT NULL,
    max_one_way_minutes INT           NOT NULL,
    programme           VARCHAR(40)   NOT NULL,
    programme_start     DATE          NOT NULL,
    extension_reason    VARCHAR(400),
    hours_per_day       INT           NOT NULL,
    days_per_week       INT           NOT NULL,
    available_days      VARCHAR(80)   NOT NULL,
    available_from      TIME          NOT NULL,
    available_until     TIME          NOT NULL,
    accommodation_needs VARCHAR(1000) NOT NULL DEFAULT '',
    interests           VARCHAR(400)  NOT NULL DEFAULT '',
    excluded_host_ids   VARCHAR(1000) NOT NULL DEFAULT '',
    priority            INT           NOT NULL,
    waiting_since       DATE          NOT NULL,
    consent_to_matching BOOLEAN       NOT NULL DEFAULT FALSE,
    consent_date        DATE,
    status              VARCHAR(20)   NOT NULL,
    pinned_slot_id      BIGINT,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_candidate_case UNIQUE (counter_id, case_code),
    CONSTRAINT fk_candidate_counter FOREIGN KEY (counter_id) REFERENCES support_counter (id),
    CONSTRAINT fk_candidate_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    INDEX ix_candidate_pool (prefecture_code, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Who may log in, with which role and scope (a counter, or a host organisation).
CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    prefecture_code CHAR(2)      NOT NULL,
    counter_id      BIGINT,
    host_id         BIGINT,
    display_name    VARCHAR(120) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_counter FOREIGN KEY (counter_id) REFERENCES support_counter (id),
    CONSTRAINT fk_account_host FOREIGN KEY (host_id) REFERENCES host (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every read and write of a case, and every refused request: who, when, which case, what.
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(3) NOT NULL,
    username     VARCHAR(60)  NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    subject_type VARCHAR(30)  NOT NULL,
    subject_id   BIGINT,
    case_code    VARCHAR(40),
    outcome      VARCHAR(20)  NOT NULL,
    detail       VARCHAR(400),
    INDEX ix_audit_subject (subject_type, subject_id),
    INDEX ix_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
