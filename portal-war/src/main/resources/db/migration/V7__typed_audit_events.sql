-- Typed audit events: entries from now on store their event as canonical JSON (format 2) and hash it; entries
-- written before keep format 1 and verify as they always did.
ALTER TABLE audit_log ADD COLUMN format INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE audit_log ADD COLUMN event TEXT;
