-- Public verification: each certificate gets an unguessable token (the QR code on its label carries it), and the
-- moment of its last change of state (a revocation's date is public; its reason is not).
ALTER TABLE certificate ADD COLUMN verification_token VARCHAR(43);
ALTER TABLE certificate ADD COLUMN state_changed_at TIMESTAMP;
CREATE UNIQUE INDEX certificate_verification_token ON certificate (verification_token);
CREATE INDEX certificate_state ON certificate (state);
