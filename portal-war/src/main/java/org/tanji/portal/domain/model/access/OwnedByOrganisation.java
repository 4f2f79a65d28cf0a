package org.tanji.portal.domain.model.access;

/** An object that belongs to one organisation: a product, and its versions, calculations, evidence and jobs. */
public interface OwnedByOrganisation {
    long ownerOrganisationId();
}
