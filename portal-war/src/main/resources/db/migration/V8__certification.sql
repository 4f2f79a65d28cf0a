-- The certification workflow: applications of exporters to certification bodies, the snapshot each submission
-- froze, the messages of a case, certificates with their numbers, surveillance, conflicts of interest and the
-- in-app inbox. The old single certifier role becomes the verifier (a body's reviewer and decision-maker are added
-- by the administrator: nobody is silently given a role that decides).
UPDATE app_user SET role = 'VERIFIER' WHERE role = 'CERTIFIER';

CREATE TABLE certification_application (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    applicant_organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    certification_body_id     BIGINT        NOT NULL REFERENCES organisation (id),
    product_version_id        BIGINT        NOT NULL REFERENCES product_version (id),
    calculation_id            BIGINT        NOT NULL REFERENCES calculation (id),
    state                     VARCHAR(30)   NOT NULL,
    verification_team         VARCHAR(2000) NOT NULL,
    reviewer                  VARCHAR(100),
    rejected_by               VARCHAR(2000) NOT NULL,
    appealed                  BOOLEAN       NOT NULL,
    renews_certificate        VARCHAR(20),
    snapshot_sha256           CHAR(64),
    round                     INT           NOT NULL,
    assurance                 VARCHAR(20),
    criteria                  VARCHAR(1000),
    materiality_percent       DOUBLE PRECISION,
    opinion                   VARCHAR(20),
    statement                 VARCHAR(4000),
    statement_by              VARCHAR(100),
    statement_at              TIMESTAMP,
    decision_reason           VARCHAR(2000),
    decided_by                VARCHAR(100),
    decided_at                TIMESTAMP,
    created_by                VARCHAR(100)  NOT NULL,
    created_at                TIMESTAMP     NOT NULL,
    updated_at                TIMESTAMP     NOT NULL,
    version                   BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX application_applicant ON certification_application (applicant_organisation_id);
CREATE INDEX application_body ON certification_application (certification_body_id);

-- What each submission (round) froze: the canonical snapshot text and its SHA-256. Never updated.
CREATE TABLE application_snapshot (
    application_id     BIGINT       NOT NULL REFERENCES certification_application (id),
    round              INT          NOT NULL,
    product_version_id BIGINT       NOT NULL REFERENCES product_version (id),
    calculation_id     BIGINT       NOT NULL REFERENCES calculation (id),
    snapshot           TEXT         NOT NULL,
    snapshot_sha256    CHAR(64)     NOT NULL,
    frozen_at          TIMESTAMP    NOT NULL,
    PRIMARY KEY (application_id, round)
);

-- Clarification requests, answers and comments, each tied to the case and optionally to a BOM line, a factor or
-- an evidence document.
CREATE TABLE case_message (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES certification_application (id),
    round           INT           NOT NULL,
    author          VARCHAR(100)  NOT NULL,
    author_role     VARCHAR(20)   NOT NULL,
    topic           VARCHAR(20)   NOT NULL,
    topic_ref       VARCHAR(300),
    text            VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP     NOT NULL
);
CREATE INDEX case_message_application ON case_message (application_id);

CREATE TABLE certificate (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    number                 VARCHAR(20)   NOT NULL UNIQUE,
    application_id         BIGINT        NOT NULL UNIQUE REFERENCES certification_application (id),
    holder_organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    issuing_body_id        BIGINT        NOT NULL REFERENCES organisation (id),
    state                  VARCHAR(20)   NOT NULL,
    issued_at              TIMESTAMP     NOT NULL,
    valid_until            TIMESTAMP     NOT NULL,
    reason                 VARCHAR(2000),
    superseded_by          VARCHAR(20),
    renews                 VARCHAR(20),
    total_kg_co2e          DOUBLE PRECISION NOT NULL,
    snapshot_sha256        CHAR(64)      NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX certificate_valid_until ON certificate (valid_until);

-- Certificate serials: one counter row, raised in the issuing transaction, so a rolled-back decision leaves no gap
-- and two decisions can never draw the same serial.
CREATE TABLE certificate_counter (
    id          INT    NOT NULL PRIMARY KEY,
    last_serial BIGINT NOT NULL
);
INSERT INTO certificate_counter (id, last_serial) VALUES (1, 0);

CREATE TABLE surveillance (
    id             BIGINT        NOT NULL PRIMARY KEY,
    certificate_id BIGINT        NOT NULL REFERENCES certificate (id),
    outcome        VARCHAR(20)   NOT NULL,
    note           VARCHAR(4000) NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL
);

-- Organisations a body's staff member declared a conflict of interest with (a former consulting client, say).
CREATE TABLE conflict_of_interest (
    user_login      VARCHAR(100) NOT NULL REFERENCES app_user (login),
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    declared_at     TIMESTAMP    NOT NULL,
    PRIMARY KEY (user_login, organisation_id)
);

-- The in-app inbox: what awaits whom, addressed to a role of an organisation (every holder sees it) and read per
-- user.
CREATE TABLE notification (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    application_id     BIGINT        NOT NULL REFERENCES certification_application (id),
    organisation_id    BIGINT        NOT NULL REFERENCES organisation (id),
    role               VARCHAR(20)   NOT NULL,
    message            VARCHAR(1000) NOT NULL,
    created_at         TIMESTAMP     NOT NULL
);
CREATE INDEX notification_recipient ON notification (organisation_id, role);
CREATE TABLE notification_read (
    notification_id BIGINT       NOT NULL REFERENCES notification (id),
    user_login      VARCHAR(100) NOT NULL,
    PRIMARY KEY (notification_id, user_login)
);
