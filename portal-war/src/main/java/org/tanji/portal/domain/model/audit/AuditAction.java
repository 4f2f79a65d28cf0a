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
    TOKEN_ISSUED("issued API token"),
    TOKEN_REVOKED("revoked API token"),
    PRODUCT_CREATED("created product"),
    PRODUCT_EDITED("edited product"),
    BOM_IMPORTED("imported bill of materials"),
    VERSION_FROZEN("froze version"),
    CALCULATED("calculated"),
    EVIDENCE_ATTACHED("attached evidence");

    private final String description;

    AuditAction(String description) {
        this.description = description;
    }

    /** The action in words: "created product". */
    public String description() {
        return description;
    }
}
