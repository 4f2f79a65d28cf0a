-- Seals are append-only like the entries they chain (see V8_1).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal FROM CURRENT_USER;
GRANT SELECT, INSERT ON audit_seal TO CURRENT_USER;

CREATE TRIGGER audit_seal_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
