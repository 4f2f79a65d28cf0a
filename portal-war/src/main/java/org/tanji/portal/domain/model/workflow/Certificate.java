package org.tanji.portal.domain.model.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tanji.portal.domain.model.access.CaseParties;

/**
 * A product carbon footprint certificate: its number, the application it was decided on, the footprint and the
 * snapshot hash it certifies, and its status ({@link CertificateStatus} decides every change). One per application
 * (the database refuses a second), never renumbered.
 */
@Entity
public class Certificate implements CaseParties {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    private String number;

    @OneToOne(optional = false)
    @JoinColumn(name = "application_id")
    private CertificationApplication application;

    @Column(name = "holder_organisation_id")
    private long holderOrganisationId;

    @Column(name = "issuing_body_id")
    private long issuingBodyId;

    @Enumerated(EnumType.STRING)
    private CertificateState state;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "valid_until")
    private Instant validUntil;

    private String reason;

    @Column(name = "superseded_by")
    private String supersededBy;

    private String renews;

    @Column(name = "total_kg_co2e")
    private double totalKgCo2e;

    @Column(name = "snapshot_sha256")
    private String snapshotSha256;

    /** What the label's QR code carries: 128 random bits, base64url. */
    @Column(name = "verification_token")
    private String verificationToken;

    @Column(name = "state_changed_at")
    private Instant stateChangedAt;

    @Version
    private long version;

    protected Certificate() {}

    /** The certificate numbered {@code number} for an approved application, valid until {@code validUntil}. */
    public Certificate(
            CertificateNumber number, CertificationApplication application, Instant issuedAt, Instant validUntil) {
        CertificateStatus status = CertificateStatus.issued(application.certificationBodyId(), issuedAt, validUntil);
        this.number = number.toString();
        this.application = application;
        this.holderOrganisationId = application.applicantOrganisationId();
        this.issuingBodyId = application.certificationBodyId();
        this.state = status.state();
        this.issuedAt = issuedAt;
        this.validUntil = status.validUntil();
        this.renews = application.renewsCertificate();
        this.totalKgCo2e = application.calculation().totalKgCo2e();
        this.snapshotSha256 = application.snapshotSha256();
        this.verificationToken = newVerificationToken();
        this.stateChangedAt = issuedAt;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static String newVerificationToken() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** The token of the public verification URL; certificates issued before tokens existed get one here. */
    public String verificationToken() {
        if (verificationToken == null) {
            verificationToken = newVerificationToken();
        }
        return verificationToken;
    }

    /** When the certificate last changed state (its issue, for one that never did). */
    public Instant stateChangedAt() {
        return stateChangedAt != null ? stateChangedAt : issuedAt;
    }

    /** The status as the life cycle sees it. */
    public CertificateStatus status() {
        return new CertificateStatus(state, issuingBodyId, validUntil, reason, supersededBy);
    }

    /** Records a status the life cycle gave ({@link CertificateStatus#suspend} and the others). */
    public void become(CertificateStatus next) {
        if (next.state() != state) {
            stateChangedAt = Instant.now();
        }
        state = next.state();
        reason = next.reason();
        supersededBy = next.supersededBy();
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public CertificationApplication application() {
        return application;
    }

    @Override
    public long applicantOrganisationId() {
        return holderOrganisationId;
    }

    @Override
    public long certificationBodyId() {
        return issuingBodyId;
    }

    public CertificateState state() {
        return state;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String reason() {
        return reason;
    }

    public String supersededBy() {
        return supersededBy;
    }

    public String renews() {
        return renews;
    }

    public double totalKgCo2e() {
        return totalKgCo2e;
    }

    public String snapshotSha256() {
        return snapshotSha256;
    }

    public long version() {
        return version;
    }
}
