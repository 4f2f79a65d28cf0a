package org.tanji.portal.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** A legal entity using the portal: an exporter, a certification body, or the operator. */
@Entity
public class Organisation {

    /** What the organisation is to the portal, and so which roles its users may hold. */
    public enum Kind {
        EXPORTER(Role.EXPORTER),
        CERTIFICATION_BODY(Role.VERIFIER, Role.REVIEWER, Role.DECISION_MAKER),
        OPERATOR(Role.ADMIN),
        /** The market regulator (市场监管) that supervises the scheme. */
        REGULATOR(Role.SUPERVISOR);

        private final java.util.Set<Role> roles;

        Kind(Role... roles) {
            this.roles = java.util.Set.of(roles);
        }

        /**
         * Whether a user of such an organisation may hold {@code role}: an administrator only at the portal's
         * operator (an admin inside an exporter would read every competitor's data), verifiers, reviewers and
         * decision-makers only in a certification body, supervisors only at the regulator, exporters only in an
         * exporter.
         */
        public boolean allows(Role role) {
            return roles.contains(role);
        }
    }

    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "credit_code")
    private String creditCode;

    private String address;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Organisation() {}

    public Organisation(String legalName, String creditCode, String address, Kind kind) {
        String problem = UnifiedSocialCreditCode.problem(creditCode);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.legalName = legalName;
        this.creditCode = creditCode;
        this.address = address;
        this.kind = kind;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public String creditCode() {
        return creditCode;
    }

    public String address() {
        return address;
    }

    public Kind kind() {
        return kind;
    }

    public long version() {
        return version;
    }
}
