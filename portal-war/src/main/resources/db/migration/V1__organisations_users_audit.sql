-- Organisations (exporters, certification bodies), their users, and the append-only audit log.
CREATE TABLE organisation (
    id              BIGINT       NOT NULL PRIMARY KEY,
    legal_name      VARCHAR(300) NOT NULL,
    credit_code     CHAR(18)     NOT NULL UNIQUE,
    address         VARCHAR(500),
    kind            VARCHAR(20)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP    NOT NULL
);

CREATE TABLE app_user (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    login           VARCHAR(100) NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(500) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP    NOT NULL
);

CREATE TABLE audit_log (
    id              BIGINT        NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP     NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    action          VARCHAR(100)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    detail          VARCHAR(2000),
    previous_hash   CHAR(64),
    entry_hash      CHAR(64)      NOT NULL
);

CREATE SEQUENCE tanji_id_seq START WITH 1000 INCREMENT BY 50;
