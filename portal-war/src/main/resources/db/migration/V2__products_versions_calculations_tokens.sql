-- Products with their working model, immutable versions, calculations, and API tokens.
CREATE TABLE product (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    name            VARCHAR(300) NOT NULL,
    description     VARCHAR(2000),
    draft_model     TEXT,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL
);
CREATE INDEX product_organisation ON product (organisation_id);

CREATE TABLE product_version (
    id              BIGINT       NOT NULL PRIMARY KEY,
    product_id      BIGINT       NOT NULL REFERENCES product (id),
    number          INT          NOT NULL,
    model           TEXT         NOT NULL,
    model_sha256    CHAR(64)     NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    UNIQUE (product_id, number)
);

CREATE TABLE calculation (
    id               BIGINT       NOT NULL PRIMARY KEY,
    product_version_id BIGINT     NOT NULL REFERENCES product_version (id),
    total_kg_co2e    DOUBLE PRECISION NOT NULL,
    gwp_set          VARCHAR(20)  NOT NULL,
    dataset_versions VARCHAR(2000) NOT NULL,
    library_version  VARCHAR(50)  NOT NULL,
    input_sha256     CHAR(64)     NOT NULL,
    result           TEXT         NOT NULL,
    calculated_at    TIMESTAMP    NOT NULL,
    calculated_by    VARCHAR(100) NOT NULL
);

CREATE TABLE api_token (
    token_sha256    CHAR(64)     NOT NULL PRIMARY KEY,
    user_login      VARCHAR(100) NOT NULL REFERENCES app_user (login),
    expires_at      TIMESTAMP    NOT NULL
);

-- the head of the audit log's hash chain, locked by each append so entries chain in commit order
CREATE TABLE audit_head (
    id              INT          NOT NULL PRIMARY KEY,
    last_hash       CHAR(64)     NOT NULL
);
INSERT INTO audit_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
