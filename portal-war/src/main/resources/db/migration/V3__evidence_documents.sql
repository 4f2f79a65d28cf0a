-- Evidence documents attached to products: the bytes, their SHA-256, size and checked content type.
CREATE TABLE evidence_document (
    id              BIGINT        NOT NULL PRIMARY KEY,
    product_id      BIGINT        NOT NULL REFERENCES product (id),
    file_name       VARCHAR(300)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    description     VARCHAR(1000),
    content         BYTEA         NOT NULL,
    uploaded_at     TIMESTAMP     NOT NULL,
    uploaded_by     VARCHAR(100)  NOT NULL
);
CREATE INDEX evidence_product ON evidence_document (product_id);
