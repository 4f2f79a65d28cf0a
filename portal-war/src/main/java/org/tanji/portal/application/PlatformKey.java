package org.tanji.portal.application;

/**
 * The platform's signing key — the one its certificates and labels are signed with — for statements other than
 * documents (the audit log's checkpoints). Implemented in infrastructure with the configured key store.
 */
public interface PlatformKey {
    /**
     * A signature and what checks it.
     *
     * @param algorithm the JCA signature algorithm, e.g. {@code SHA256withECDSA}
     * @param certificate the signer's X.509 certificate, DER
     */
    record Signed(String algorithm, byte[] signature, byte[] certificate) {}

    /** What a signature turned out to be. */
    enum Check {
        /** Made by this platform's key over the statement. */
        VALID,
        /** Claims this platform's key but does not verify: the statement or the signature was changed. */
        INVALID,
        /** Made by another key (one the platform used before a key change): not checked. */
        OTHER_KEY
    }

    Signed sign(byte[] statement);

    Check check(byte[] statement, Signed signed);
}
