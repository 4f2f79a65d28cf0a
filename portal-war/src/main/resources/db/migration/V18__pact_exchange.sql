-- PCF exchange with customers and suppliers in the PACT format (WBCSD Technical Specifications v3).

-- What an exporter declares about a product for its customers, beyond the certified footprint: the product's mass
-- per declared unit, its identifiers and classifications, the geography and carbon content. A product with a
-- profile has each of its certificates published as a ProductFootprint.
CREATE TABLE pact_profile (
    product_id                    BIGINT        NOT NULL PRIMARY KEY REFERENCES product (id),
    organisation_id               BIGINT        NOT NULL REFERENCES organisation (id),
    product_mass_kg               VARCHAR(40)   NOT NULL,
    product_ids                   VARCHAR(4000) NOT NULL,
    classifications               VARCHAR(4000) NOT NULL,
    geography                     VARCHAR(10)   NOT NULL,
    fossil_carbon_content         VARCHAR(40)   NOT NULL,
    biogenic_carbon_content       VARCHAR(40),
    updated_by                    VARCHAR(100)  NOT NULL,
    updated_at                    TIMESTAMP     NOT NULL
);

-- A published ProductFootprint, immutable: the document as mapped when its certificate was issued (without its
-- status, which is worked out when it is served: deprecated once a newer footprint of the product exists or its
-- certificate is no longer valid).
CREATE TABLE pact_footprint (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    organisation_id     BIGINT        NOT NULL REFERENCES organisation (id),
    product_id          BIGINT        NOT NULL REFERENCES product (id),
    certificate_number  VARCHAR(40)   NOT NULL UNIQUE,
    created_at          TIMESTAMP     NOT NULL,
    superseded_by       CHAR(36),
    document            TEXT          NOT NULL
);
CREATE INDEX pact_footprint_product ON pact_footprint (product_id);

-- A customer of an exporter allowed to call the PACT API: its client id and the hash of its secret, and the
-- products whose footprints it may see.
CREATE TABLE pact_client (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    client_id        VARCHAR(64)   NOT NULL UNIQUE,
    secret_hash      VARCHAR(200)  NOT NULL,
    name             VARCHAR(300)  NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL
);
CREATE TABLE pact_grant (
    client_id   BIGINT  NOT NULL REFERENCES pact_client (id),
    product_id  BIGINT  NOT NULL REFERENCES product (id),
    PRIMARY KEY (client_id, product_id)
);

-- Access tokens issued to clients (their SHA-256 only), each with its end.
CREATE TABLE pact_token (
    token_sha256  CHAR(64)   NOT NULL PRIMARY KEY,
    client_id     BIGINT     NOT NULL REFERENCES pact_client (id),
    expires_at    TIMESTAMP  NOT NULL
);
