-- Checkpoints are append-only like the entries and seals they vouch for (see V8_1).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM CURRENT_USER;
GRANT SELECT, INSERT ON audit_checkpoint TO CURRENT_USER;

CREATE TRIGGER audit_checkpoint_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
