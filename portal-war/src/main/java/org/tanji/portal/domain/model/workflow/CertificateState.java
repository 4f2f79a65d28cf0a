package org.tanji.portal.domain.model.workflow;

/** Where a certificate (and its label) is; see {@link CertificateStatus} for the moves. */
public enum CertificateState {
    ACTIVE,
    SUSPENDED,
    /** Withdrawn for cause, with a reason: final. */
    REVOKED,
    /** Past its validity: final. */
    EXPIRED,
    /** Replaced by a renewal's certificate, which names it: final. */
    SUPERSEDED;

    /** Whether a buyer may rely on the certificate now. */
    public boolean valid() {
        return this == ACTIVE;
    }
}
