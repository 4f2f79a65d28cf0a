package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.tanji.portal.application.pact.FootprintPublication;
import org.tanji.portal.application.pact.ProductFootprintMapping;
import org.tanji.portal.domain.model.exchange.ExchangeProfile;
import org.tanji.portal.domain.model.exchange.PublishedFootprint;

/**
 * A product's PCF exchange: the exchange profile the exporter declares (what a PACT ProductFootprint needs beyond
 * the certified footprint) and the footprints published from its certificates.
 */
@Path("products/{id}/exchange")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExchangeResource {
    @Inject
    FootprintPublication publication;

    @Inject
    CurrentCaller caller;

    /**
     * What the exporter declares: mass per declared unit (kg, decimal string), product ids and classifications
     * (URNs), geography (CN, CN-FJ or a UN region), fossil and biogenic carbon content (kg C per declared unit).
     */
    record ProfileRequest(
            @NotNull String productMassPerDeclaredUnit,
            @NotNull List<String> productIds,
            List<String> productClassifications,
            @NotNull String geography,
            @NotNull String fossilCarbonContent,
            String biogenicCarbonContent) {}

    record FootprintDto(String id, String certificateNumber, Instant created, String supersededBy) {
        static FootprintDto of(PublishedFootprint f) {
            return new FootprintDto(f.id(), f.certificateNumber(), f.createdAt(), f.supersededBy());
        }
    }

    record ExchangeDto(ProfileRequest profile, List<FootprintDto> footprints) {
        static ExchangeDto of(FootprintPublication.Exchange e) {
            return new ExchangeDto(
                    e.profile().map(ExchangeDto::profile).orElse(null),
                    e.footprints().stream().map(FootprintDto::of).toList());
        }

        private static ProfileRequest profile(ExchangeProfile p) {
            ProductFootprintMapping.Declared d = FootprintPublication.declared(p);
            return new ProfileRequest(
                    d.productMassKg(),
                    d.productIds(),
                    d.classifications(),
                    d.geography(),
                    d.fossilCarbonContent(),
                    d.biogenicCarbonContent());
        }
    }

    @GET
    @RolesAllowed({"EXPORTER", "ADMIN", "SUPERVISOR"})
    public ExchangeDto get(@PathParam("id") long id) {
        return ExchangeDto.of(publication.of(caller.get(), id));
    }

    /**
     * Declares the profile and publishes the product's valid certificate (and every later one) as a PACT
     * ProductFootprint; 400 naming the field when a value does not fit the specification, or when the certified
     * footprint cannot be exchanged as is (a declared unit PACT does not know).
     */
    @PUT
    @RolesAllowed("EXPORTER")
    public ExchangeDto declare(@PathParam("id") long id, @NotNull @Valid ProfileRequest body) {
        return ExchangeDto.of(publication.declare(
                caller.get(),
                id,
                new ProductFootprintMapping.Declared(
                        body.productMassPerDeclaredUnit(),
                        body.productIds(),
                        body.productClassifications(),
                        body.geography(),
                        body.fossilCarbonContent(),
                        body.biogenicCarbonContent())));
    }
}
