package org.tanji.portal.domain.model.workflow;

import java.time.Instant;

/**
 * Where a certificate stands now, read without its application, model or result: what a public lookup reads on
 * every scan of a label (everything else about a certificate is fixed when it is issued).
 *
 * @param stateChangedAt when it entered its state
 */
public record CertificateStanding(
        long id,
        String number,
        CertificateState state,
        long issuingBodyId,
        Instant validUntil,
        String reason,
        String supersededBy,
        Instant stateChangedAt) {

    public static CertificateStanding of(Certificate c) {
        return new CertificateStanding(
                c.id(),
                c.number(),
                c.state(),
                c.certificationBodyId(),
                c.validUntil(),
                c.reason(),
                c.supersededBy(),
                c.stateChangedAt());
    }

    public CertificateStatus status() {
        return new CertificateStatus(state, issuingBodyId, validUntil, reason, supersededBy);
    }
}
