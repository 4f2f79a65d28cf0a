package org.tanji.portal.domain.model.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tanji.portal.domain.model.access.CaseParties;
import org.tanji.portal.domain.model.product.Calculation;
import org.tanji.portal.domain.model.product.ProductVersion;

/**
 * An exporter's application to a certification body to certify one frozen product version and its calculation: the
 * stored form of a {@link CertificationCase}, with the snapshot its latest submission froze, the verification
 * statement, and the decision. Moves go through {@link #take}, which asks the case (state, role, separation of
 * duties) and refuses what it refuses. Versioned: two people acting on one application at once cannot both win.
 */
@Entity
@Table(name = "certification_application")
public class CertificationApplication implements CaseParties {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "applicant_organisation_id")
    private long applicantOrganisationId;

    @Column(name = "certification_body_id")
    private long certificationBodyId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_version_id")
    private ProductVersion productVersion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "calculation_id")
    private Calculation calculation;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    @Column(name = "verification_team")
    private String verificationTeam = "";

    private String reviewer;

    @Column(name = "rejected_by")
    private String rejectedBy = "";

    private boolean appealed;

    @Column(name = "renews_certificate")
    private String renewsCertificate;

    @Column(name = "snapshot_sha256")
    private String snapshotSha256;

    /** How many times it was submitted: each submission freezes a snapshot of its own. */
    private int round;

    @Enumerated(EnumType.STRING)
    private VerificationStatement.Assurance assurance;

    private String criteria;

    @Column(name = "materiality_percent")
    private Double materialityPercent;

    @Enumerated(EnumType.STRING)
    private VerificationStatement.Opinion opinion;

    private String statement;

    @Column(name = "statement_by")
    private String statementBy;

    @Column(name = "statement_at")
    private Instant statementAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CertificationApplication() {}

    /** A draft application of the version's owner to {@code certificationBodyId}, for {@code calculation}. */
    public CertificationApplication(
            ProductVersion productVersion,
            Calculation calculation,
            long certificationBodyId,
            String renewsCertificate,
            String createdBy) {
        this.applicantOrganisationId = productVersion.ownerOrganisationId();
        this.certificationBodyId = certificationBodyId;
        this.productVersion = productVersion;
        this.calculation = calculation;
        this.state = ApplicationState.DRAFT;
        this.renewsCertificate = renewsCertificate;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The application as the workflow sees it. */
    public CertificationCase asCase() {
        return new CertificationCase(
                state,
                applicantOrganisationId,
                certificationBodyId,
                split(verificationTeam),
                reviewer,
                split(rejectedBy),
                appealed);
    }

    /**
     * Takes {@code action} as {@code actor}: the case decides whether it may, this records where it leads.
     *
     * @return the state it was in
     * @throws WorkflowRefusal naming the rule, and nothing changes
     */
    public ApplicationState take(Actor actor, ApplicationAction action) {
        CertificationCase next = asCase().apply(actor, action);
        ApplicationState from = state;
        state = next.state();
        verificationTeam = String.join(",", new TreeSet<>(next.verificationTeam()));
        reviewer = next.reviewer();
        rejectedBy = String.join(",", new TreeSet<>(next.rejectedBy()));
        appealed = next.appealed();
        updatedAt = Instant.now();
        return from;
    }

    /** The version and calculation a submission certifies, and the hash of the snapshot it froze. */
    public void freeze(ProductVersion version, Calculation calculation, String snapshotSha256) {
        this.productVersion = version;
        this.calculation = calculation;
        this.snapshotSha256 = snapshotSha256;
        this.round++;
    }

    public void recordStatement(VerificationStatement s, String by) {
        assurance = s.assurance();
        criteria = s.criteria().strip();
        materialityPercent = s.materialityPercent();
        opinion = s.opinion();
        statement = s.text().strip();
        statementBy = by;
        statementAt = Instant.now();
    }

    /** The decision (or a rejection by the verification) and why. */
    public void recordDecision(String by, String reason) {
        decidedBy = by;
        decisionReason = reason;
        decidedAt = Instant.now();
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty()
                ? Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
    }

    public Long id() {
        return id;
    }

    @Override
    public long applicantOrganisationId() {
        return applicantOrganisationId;
    }

    @Override
    public long certificationBodyId() {
        return certificationBodyId;
    }

    public ProductVersion productVersion() {
        return productVersion;
    }

    public Calculation calculation() {
        return calculation;
    }

    public ApplicationState state() {
        return state;
    }

    public String renewsCertificate() {
        return renewsCertificate;
    }

    public String snapshotSha256() {
        return snapshotSha256;
    }

    public int round() {
        return round;
    }

    /** The verification statement, once issued. */
    public java.util.Optional<VerificationStatement> statement() {
        return assurance == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        new VerificationStatement(assurance, criteria, materialityPercent, opinion, statement));
    }

    public String statementBy() {
        return statementBy;
    }

    public Instant statementAt() {
        return statementAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
