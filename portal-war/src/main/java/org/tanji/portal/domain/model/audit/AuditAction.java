package org.tanji.portal.domain.model.audit;

/**
 * What an audit entry records, as a closed list: the certification workflow adds its own actions here, never free
 * text. The description is what the log shows a person.
 */
public enum AuditAction {
    ORGANISATION_CREATED("created organisation"),
    USER_ADDED("added user"),
    USER_ENABLED("enabled user"),
    USER_DISABLED("disabled user"),
    PASSWORD_RESET("reset password"),
    PASSWORD_CHANGED("changed own password"),
    PASSWORD_RESET_REQUESTED("asked for a password reset by e-mail"),
    PASSWORD_RESET_BY_EMAIL("reset own password with an e-mailed code"),
    EMAIL_CHANGED("changed own e-mail address"),
    TOKEN_ISSUED("issued API token"),
    TOKEN_REVOKED("revoked API token"),
    PRODUCT_CREATED("created product"),
    PRODUCT_EDITED("edited product"),
    BOM_IMPORTED("imported bill of materials"),
    VERSION_FROZEN("froze version"),
    CALCULATED("calculated"),
    EVIDENCE_ATTACHED("attached evidence"),
    OWN_FACTOR_ADDED("added own emission factor"),
    DATASET_LOADED("loaded emission-factor dataset version"),
    EXCHANGE_PROFILE_DECLARED("declared a product's exchange profile"),
    FOOTPRINT_PUBLISHED("published a PACT product footprint"),
    API_CLIENT_REGISTERED("registered a PACT API client"),
    API_CLIENT_GRANTED("changed what a PACT API client may see"),
    API_CLIENT_ENABLED("enabled a PACT API client"),
    API_CLIENT_DISABLED("disabled a PACT API client"),
    CONFLICT_DECLARED("declared a conflict of interest"),
    APPLICATION_OPENED("opened certification application"),
    APPLICATION_SUBMITTED("submitted application"),
    APPLICATION_ACCEPTED("accepted application for verification"),
    APPLICATION_RETURNED("returned application as incomplete"),
    CLARIFICATION_REQUESTED("requested clarification"),
    CLARIFICATION_ANSWERED("answered clarification"),
    STATEMENT_ISSUED("issued verification statement"),
    VERIFICATION_FAILED("failed verification"),
    REVIEW_STARTED("started independent review"),
    SENT_BACK("sent back to verification"),
    REVIEW_PASSED("passed independent review"),
    APPLICATION_APPROVED("approved application"),
    APPLICATION_REJECTED("rejected application"),
    APPLICATION_WITHDRAWN("withdrew application"),
    APPLICATION_APPEALED("appealed rejection"),
    CASE_COMMENTED("commented on case"),
    CERTIFICATE_ISSUED("issued certificate"),
    DOCUMENT_ISSUED("issued signed document"),
    CERTIFICATE_SUSPENDED("suspended certificate"),
    CERTIFICATE_REINSTATED("reinstated certificate"),
    CERTIFICATE_REVOKED("revoked certificate"),
    CERTIFICATE_EXPIRED("certificate expired"),
    CERTIFICATE_SUPERSEDED("certificate superseded by renewal"),
    SURVEILLANCE_RECORDED("recorded surveillance");

    private final String description;

    AuditAction(String description) {
        this.description = description;
    }

    /** The action a log entry's words name, if one does (entries store the words). */
    public static java.util.Optional<AuditAction> described(String words) {
        return java.util.Arrays.stream(values())
                .filter(a -> a.description.equals(words))
                .findFirst();
    }

    /** The action in words: "created product". */
    public String description() {
        return description;
    }
}
