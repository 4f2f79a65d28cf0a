-- Audit entries are chained after their transaction commits: an entry (format 3) is written without hashes, and a
-- sealer gives it its place in the chain here, one entry at a time under the head's lock. A hash is followed by
-- at most one entry (UNIQUE previous_hash), so the chain cannot fork. No foreign key to audit_log: PostgreSQL checks
-- one by locking the entry's row, which the server's user may not (V8_1); the chain check names a seal whose entry
-- is gone.
ALTER TABLE audit_log ALTER COLUMN entry_hash DROP NOT NULL;
CREATE TABLE audit_seal (
    entry_id        BIGINT       NOT NULL PRIMARY KEY,
    previous_hash   CHAR(64)     NOT NULL UNIQUE,
    entry_hash      CHAR(64)     NOT NULL,
    sealed_at       TIMESTAMP    NOT NULL
);
-- the sealer looks for unsealed entries among the recent ones
CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at);
