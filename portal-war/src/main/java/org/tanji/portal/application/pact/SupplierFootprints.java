package org.tanji.portal.application.pact;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tanji.portal.application.Caller;
import org.tanji.portal.application.OwnFactors;

/**
 * A supplier's PACT ProductFootprint imported as one of the exporter's own emission factors (primary data), with
 * its provenance in the factor's source — shown in the factor picker and in every trail line that uses it.
 */
@ApplicationScoped
public class SupplierFootprints {
    @Inject
    OwnFactors ownFactors;

    /** The factor made, what had to change to read a v2.x footprint as v3, and what does not add up. */
    public record Imported(JsonNode factor, String specVersion, List<String> differences, List<String> warnings) {}

    @Transactional
    public Imported importFootprint(Caller caller, JsonNode body) {
        SupplierFootprint.Read read = SupplierFootprint.read(body);
        JsonNode factor = ownFactors.add(
                caller,
                SupplierFootprint.factor(read),
                "PACT footprint " + read.footprint().path("id").asText() + " of "
                        + read.footprint().path("companyName").asText());
        return new Imported(factor, read.specVersion(), read.differences(), read.warnings());
    }
}
