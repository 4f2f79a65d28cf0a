-- A calculation keeps its summary and the SHA-256 of its full result; the per-line trail is recalculated from the
-- frozen model and the pinned dataset versions when asked for, and checked against that hash.
ALTER TABLE calculation ADD COLUMN result_sha256 CHAR(64);
