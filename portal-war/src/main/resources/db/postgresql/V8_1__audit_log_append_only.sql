-- The audit log is append-only for the portal's own database user: it may INSERT and SELECT entries, never UPDATE,
-- DELETE or TRUNCATE them. The user running the migrations is the server's user and owns the table, so
-- the privileges are revoked from it here, and a trigger refuses the changes for anyone else (an owner or
-- superuser who wants to change history must first re-grant or disable the trigger on purpose, which PostgreSQL
-- logs as DDL). In production, run the migrations as a schema owner and the server as a role with only the grants.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER;
GRANT SELECT, INSERT ON audit_log TO CURRENT_USER;

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
