-- Signed checkpoints of the audit chain: which entry the head was at, its hash, and the platform key's signature
-- over both, numbered without gaps. Whoever can write the database can recompute a rewritten chain up to a new
-- head, but not sign it: the chain check compares every checkpointed entry with its signed hash.
CREATE TABLE audit_checkpoint (
    sequence     BIGINT         NOT NULL PRIMARY KEY,
    entry_id     BIGINT         NOT NULL,
    head_hash    CHAR(64)       NOT NULL,
    signed_at    TIMESTAMP      NOT NULL,
    algorithm    VARCHAR(40)    NOT NULL,
    signature    VARCHAR(4000)  NOT NULL,
    signer       VARCHAR(20000) NOT NULL
);
