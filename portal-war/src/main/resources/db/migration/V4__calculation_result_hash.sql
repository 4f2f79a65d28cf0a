-- A calculation keeps its summary and that summary's SHA-256; the per-line trail is recalculated from the frozen
-- model and the pinned dataset versions when asked for, and must reproduce the hash.
ALTER TABLE calculation ADD COLUMN result_sha256 CHAR(64);
