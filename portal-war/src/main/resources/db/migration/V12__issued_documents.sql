-- The signed documents issued for a certificate (the A4 certificate, the labels), kept as issued: a download gives
-- the same file again, and anyone may check a file in hand against their hashes.
CREATE TABLE issued_document (
    id              BIGINT        NOT NULL PRIMARY KEY,
    certificate_id  BIGINT        NOT NULL REFERENCES certificate (id),
    kind            VARCHAR(20)   NOT NULL,
    sha256          CHAR(64)      NOT NULL UNIQUE,
    size_bytes      BIGINT        NOT NULL,
    issued_at       TIMESTAMP     NOT NULL,
    content         BYTEA         NOT NULL
);
CREATE INDEX issued_document_certificate ON issued_document (certificate_id, kind);
