-- Notifications of the placement lifecycle, addressed to one audience within a prefecture, and
-- each user's read marks. Optional e-mail copies go to the audience's accounts with an address.

ALTER TABLE account ADD COLUMN email VARCHAR(254) NULL;

-- audience COORDINATOR: the prefecture's coordinators (no counter, no host);
-- COUNTER: every account of counter_id; HOST: every employer account of host_id.
-- dedupe_key: a check that runs every day names what it notified about, and the same key is
-- never notified twice in a prefecture (NULL: no deduplication).
CREATE TABLE notification (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code CHAR(2)       NOT NULL,
    audience        VARCHAR(20)   NOT NULL,
    counter_id      BIGINT,
    host_id         BIGINT,
    kind            VARCHAR(40)   NOT NULL,
    subject_type    VARCHAR(30)   NOT NULL,
    subject_id      BIGINT,
    title_ja        VARCHAR(200)  NOT NULL,
    body_ja         VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    dedupe_key      VARCHAR(200),
    CONSTRAINT uq_notification_dedupe UNIQUE (prefecture_code, dedupe_key),
    CONSTRAINT ck_notification_audience CHECK (
        (audience = 'COORDINATOR' AND counter_id IS NULL AND host_id IS NULL)
        OR (audience = 'COUNTER' AND counter_id IS NOT NULL AND host_id IS NULL)
        OR (audience = 'HOST' AND host_id IS NOT NULL AND counter_id IS NULL)),
    CONSTRAINT fk_notification_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code),
    CONSTRAINT fk_notification_counter FOREIGN KEY (counter_id) REFERENCES support_counter (id),
    CONSTRAINT fk_notification_host FOREIGN KEY (host_id) REFERENCES host (id),
    INDEX ix_notification_inbox (prefecture_code, audience, counter_id, host_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Read marks are per user: one colleague reading a counter's notification leaves it unread for the others.
CREATE TABLE notification_read (
    notification_id BIGINT       NOT NULL,
    username        VARCHAR(60)  NOT NULL,
    read_at         TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (notification_id, username),
    CONSTRAINT fk_notification_read_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
