-- Footprint models (hundreds of kilobytes each) move out of the product and version rows, so that reading a product,
-- checking who may see it or listing versions does not read them; they are read only where they are needed.
CREATE TABLE product_draft (
    product_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES product (id),
    model           TEXT         NOT NULL
);
INSERT INTO product_draft (product_id, model) SELECT id, draft_model FROM product WHERE draft_model IS NOT NULL;
ALTER TABLE product ADD COLUMN has_draft BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE product SET has_draft = TRUE WHERE draft_model IS NOT NULL;
ALTER TABLE product DROP COLUMN draft_model;

CREATE TABLE product_version_model (
    product_version_id BIGINT    NOT NULL PRIMARY KEY REFERENCES product_version (id),
    model           TEXT         NOT NULL
);
INSERT INTO product_version_model (product_version_id, model) SELECT id, model FROM product_version;
ALTER TABLE product_version DROP COLUMN model;

-- A disabled user cannot log in, and its tokens and sessions are refused; tokens can be revoked.
ALTER TABLE app_user ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
CREATE INDEX api_token_user ON api_token (user_login);

-- The same for the bytes of evidence documents: listing a product's evidence reads only their descriptions.
CREATE TABLE evidence_content (
    evidence_document_id BIGINT  NOT NULL PRIMARY KEY REFERENCES evidence_document (id),
    content         BYTEA        NOT NULL
);
INSERT INTO evidence_content (evidence_document_id, content) SELECT id, content FROM evidence_document;
ALTER TABLE evidence_document DROP COLUMN content;
