-- An exporter organisation's own emission factors (primary data: suppliers' declared footprints, measurements),
-- each a factor definition in the footprint-model format; a model that uses one carries a copy, so a frozen version
-- never depends on this table.
CREATE TABLE own_factor (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    code             VARCHAR(100)  NOT NULL,
    definition       VARCHAR(4000) NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    CONSTRAINT own_factor_code UNIQUE (organisation_id, code)
);
