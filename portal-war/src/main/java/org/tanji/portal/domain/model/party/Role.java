package org.tanji.portal.domain.model.party;

/** What a user may do. */
public enum Role {
    /** Enters products of its own organisation, calculates and submits them. */
    EXPORTER,
    /** Verifies submitted footprints for its certification body. */
    CERTIFIER,
    /** Runs the portal: organisations and users. */
    ADMIN
}
