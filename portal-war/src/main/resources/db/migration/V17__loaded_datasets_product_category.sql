-- Emission-factor dataset versions an administrator loaded after release (next year's grid factors, a new edition):
-- the manifest and the factor file exactly as uploaded, so the library is rebuilt from them at every start and a
-- calculation pinned to one recalculates identically for as long as the portal lives.
CREATE TABLE loaded_dataset (
    id          BIGINT        NOT NULL PRIMARY KEY,
    dataset     VARCHAR(100)  NOT NULL,
    version     VARCHAR(100)  NOT NULL,
    manifest    BYTEA         NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    content     BYTEA         NOT NULL,
    loaded_by   VARCHAR(100)  NOT NULL,
    loaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT loaded_dataset_version UNIQUE (dataset, version)
);

-- A product's category (battery, electronics, …) for the supervisor's statistics; older products have none.
ALTER TABLE product ADD COLUMN category VARCHAR(40);
