package org.tanji.portal.domain.model.access;

/**
 * An object of a certification case (an application, its messages, its certificate): the organisation that applied
 * and the certification body it applied to, the two parties who see it.
 */
public interface CaseParties {
    long applicantOrganisationId();

    long certificationBodyId();
}
