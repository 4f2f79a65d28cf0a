-- Monte Carlo runs of product versions: asked for, running, and their statistics once done, kept across restarts.
CREATE TABLE monte_carlo_run (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    product_version_id BIGINT    NOT NULL REFERENCES product_version (id),
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    iterations      INT          NOT NULL,
    seed            BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    deterministic_kg_co2e DOUBLE PRECISION,
    statistics      TEXT,
    failure         VARCHAR(2000),
    started_by      VARCHAR(100) NOT NULL,
    started_at      TIMESTAMP    NOT NULL,
    finished_at     TIMESTAMP
);
CREATE INDEX monte_carlo_run_version ON monte_carlo_run (product_version_id);
