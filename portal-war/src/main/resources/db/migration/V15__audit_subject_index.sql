-- a case's history is the audit entries about it: found by subject without reading the whole log
create index audit_log_subject on audit_log (subject);
