package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tanji.portal.application.OrganisationService;
import org.tanji.portal.domain.model.party.Organisation;

/** The certification bodies on the portal, for an exporter choosing where to apply (names are public anyway). */
@Path("certification-bodies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"EXPORTER", "VERIFIER", "REVIEWER", "DECISION_MAKER", "ADMIN", "SUPERVISOR"})
public class CertificationBodyResource {
    @Inject
    OrganisationService organisations;

    record BodyDto(long id, String legalName, String creditCode) {}

    @GET
    public List<BodyDto> list() {
        return organisations.certificationBodies().stream()
                .map(CertificationBodyResource::dto)
                .toList();
    }

    private static BodyDto dto(Organisation o) {
        return new BodyDto(o.id(), o.legalName(), o.creditCode());
    }
}
