-- Social resources (社会資源) that are not placement hosts: places to be (居場所), volunteering,
-- community cafés, consultation desks... The counters connect people to them outside the weekly
-- matching; the directory lists them together with the registry's hosts.
CREATE TABLE social_resource (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prefecture_code        CHAR(2)       NOT NULL,
    name                   VARCHAR(120)  NOT NULL,
    kind                   VARCHAR(30)   NOT NULL,
    municipality_code      CHAR(6)       NOT NULL,
    area                   VARCHAR(200),
    offers                 VARCHAR(1000) NOT NULL,
    work_kinds             VARCHAR(300)  NOT NULL DEFAULT '',
    accommodations_offered VARCHAR(1000) NOT NULL DEFAULT '',
    contact                VARCHAR(200),
    opening_days           VARCHAR(100)  NOT NULL DEFAULT '',
    opening_hours          VARCHAR(100),
    public_note            VARCHAR(1000),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_social_resource_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code),
    CONSTRAINT fk_social_resource_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    INDEX ix_social_resource_place (prefecture_code, municipality_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
