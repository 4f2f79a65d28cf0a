-- PACT events: where a customer takes the events sent to it (its PACT API's root and the credentials it gave the
-- exporter there), the events waiting to be delivered with their retries, and the events received.
ALTER TABLE pact_client ADD COLUMN events_url VARCHAR(500);
ALTER TABLE pact_client ADD COLUMN events_client_id VARCHAR(200);
ALTER TABLE pact_client ADD COLUMN events_secret VARCHAR(500);

CREATE TABLE pact_outbox (
    id               BIGINT         NOT NULL PRIMARY KEY,
    client_id        BIGINT         NOT NULL REFERENCES pact_client (id),
    event_id         VARCHAR(100)   NOT NULL,
    type             VARCHAR(100)   NOT NULL,
    body             TEXT           NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP,
    delivered_at     TIMESTAMP,
    abandoned_at     TIMESTAMP,
    last_error       VARCHAR(2000)
);
CREATE INDEX pact_outbox_due ON pact_outbox (next_attempt_at);

CREATE TABLE pact_received_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    client_id    BIGINT        NOT NULL REFERENCES pact_client (id),
    event_id     VARCHAR(200)  NOT NULL,
    type         VARCHAR(100)  NOT NULL,
    source       VARCHAR(500)  NOT NULL,
    body         TEXT          NOT NULL,
    received_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pact_received_event_once UNIQUE (client_id, event_id)
);
