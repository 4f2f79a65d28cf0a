-- A password an administrator set is temporary: its user must choose its own before doing anything else.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- Self-service resets: a one-time code e-mailed to the user's address, kept only as its SHA-256, valid 30 minutes.
CREATE TABLE password_reset (
    code_sha256   CHAR(64)      NOT NULL PRIMARY KEY,
    login         VARCHAR(100)  NOT NULL,
    requested_at  TIMESTAMP     NOT NULL,
    expires_at    TIMESTAMP     NOT NULL,
    used_at       TIMESTAMP
);
