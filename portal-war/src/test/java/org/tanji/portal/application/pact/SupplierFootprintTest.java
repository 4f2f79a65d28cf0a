package org.tanji.portal.application.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.tanji.portal.application.InvalidInputException;

/**
 * Suppliers' ProductFootprints of our own making, v3 and v2.x, read as factors per declared unit: the figures divided
 * by hand, v2 mapped to v3 with each difference listed, parts that do not add up accepted with a warning, and what
 * does not conform refused naming the property.
 */
class SupplierFootprintTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A billet: per kilogram, fossil 8.2 + land-use change 0.1 + biogenic non-CO2 0.3 = 8.6, verified. */
    static final String V3 = """
            {"id":"5b2f7c1e-8a44-4d0e-9c3b-7e1f2a6d9b10","specVersion":"3.0.0","created":"2026-02-01T00:00:00Z",
             "status":"Active","validityPeriodStart":"2026-01-01T00:00:00Z","validityPeriodEnd":"2028-12-31T00:00:00Z",
             "companyName":"Guangxi Aluminium Co.","companyIds":["urn:pact:uscc:91450100MA5KXXXX1X"],
             "productDescription":"6063 extrusion billet","productIds":["urn:gtin:06901234000017"],
             "productNameCompany":"Billet 6063",
             "pcf":{"declaredUnitOfMeasurement":"kilogram","declaredUnitAmount":"1","productMassPerDeclaredUnit":"1",
                    "referencePeriodStart":"2025-01-01T00:00:00Z","referencePeriodEnd":"2026-01-01T00:00:00Z",
                    "geographyCountrySubdivision":"CN-GX",
                    "pcfExcludingBiogenicUptake":"8.6","pcfIncludingBiogenicUptake":"8.6",
                    "fossilGhgEmissions":"8.2","landUseChangeGhgEmissions":"0.1","biogenicNonCO2Emissions":"0.3",
                    "biogenicCO2Uptake":"0","fossilCarbonContent":"0","ipccCharacterizationFactors":["AR6"],
                    "crossSectoralStandards":["ISO14067"],"exemptedEmissionsPercent":"0",
                    "verification":{"coverage":"product level","providerName":"Nanning Verification",
                                    "completedAt":"2026-01-20T00:00:00Z","standardName":"ISO 14067"}}}
            """;

    /** A v2.0 footprint: 2 kg declared, including 3.0, uptake −1.0, fossil 3.2, dLUC 0.4, AR5, not assured. */
    static final String V2 = """
            {"data":{"id":"0c9e4b7a-3f21-4d6b-8e5a-2b7c9d1e4f60","specVersion":"2.0.0","version":1,
             "created":"2024-03-01T00:00:00Z","status":"Active","companyName":"Zhejiang Resins",
             "companyIds":["urn:pact:uscc:91330000MA2XXXXX2Y"],"productDescription":"PET resin, bottle grade",
             "productIds":["urn:gtin:06901234000024"],"productCategoryCpc":"3470","productNameCompany":"PET BG-80",
             "pcf":{"declaredUnit":"kilogram","unitaryProductAmount":"2","pCfExcludingBiogenic":"3.6",
                    "pCfIncludingBiogenic":"3.0","fossilGhgEmissions":"3.2","fossilCarbonContent":"0.6",
                    "dLucGhgEmissions":"0.4","biogenicCarbonWithdrawal":"-1.0","characterizationFactors":"AR5",
                    "crossSectoralStandardsUsed":["ISO Standard 14067"],"referencePeriodStart":"2023-01-01T00:00:00Z",
                    "referencePeriodEnd":"2024-01-01T00:00:00Z","geographyCountry":"CN","exemptedEmissionsPercent":0,
                    "primaryDataShare":40,"assurance":{"assurance":false}}}}
            """;

    private static ObjectNode tree(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void aV3FootprintBecomesAFactorPerDeclaredUnitWithItsProvenance() throws Exception {
        SupplierFootprint.Read read = SupplierFootprint.read(tree(V3));
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
        assertTrue(read.differences().isEmpty());
        JsonNode f = SupplierFootprint.factor(read);
        assertEquals("kg", f.path("unit").asText());
        assertEquals(8.2, f.path("co2e").path("fossil").asDouble(), 1e-12);
        assertEquals(0.1, f.path("co2e").path("land-use-change").asDouble(), 1e-12);
        assertEquals(0.3, f.path("co2e").path("biogenic-emission").asDouble(), 1e-12);
        assertFalse(f.path("co2e").has("biogenic-removal"));
        assertEquals("AR6", f.path("gwpSet").asText());
        assertEquals(2025, f.path("year").asInt(), "the year the reference period represents");
        assertEquals("CN-GX", f.path("region").asText());
        assertTrue(f.path("primary").asBoolean());
        String source = f.path("source").asText();
        for (String fact : new String[] {
            "5b2f7c1e-8a44-4d0e-9c3b-7e1f2a6d9b10", "Guangxi Aluminium Co.", "urn:gtin:06901234000017",
            "2028-12-31", "Nanning Verification", "product level"
        }) {
            assertTrue(source.contains(fact), fact + " in " + source);
        }
    }

    @Test
    void aV2FootprintIsMappedToV3WithEveryDifferenceListed() throws Exception {
        SupplierFootprint.Read read = SupplierFootprint.read(tree(V2));
        assertEquals("2.0.0", read.specVersion());
        JsonNode pcf = read.footprint().path("pcf");
        // v3's total without uptake keeps the biogenic emissions: 3.0 − (−1.0)
        assertEquals("4.0", pcf.path("pcfExcludingBiogenicUptake").asText());
        assertEquals("kilogram", pcf.path("declaredUnitOfMeasurement").asText());
        assertEquals("0.4", pcf.path("landUseChangeGhgEmissions").asText());
        assertEquals("ISO14067", pcf.path("crossSectoralStandards").get(0).asText());
        assertEquals("40", pcf.path("primaryDataShare").asText());
        assertEquals(
                "urn:pact:productclassification:un-cpc:3470",
                read.footprint().path("productClassifications").get(0).asText());
        assertFalse(read.footprint().has("version"));
        assertTrue(
                read.differences().stream().anyMatch(d -> d.startsWith("unitaryProductAmount → declaredUnitAmount")));
        assertTrue(read.differences().stream().anyMatch(d -> d.contains("assurance: false")));
        JsonNode f = SupplierFootprint.factor(read);
        // per kg of the 2 kg declared: fossil 1.6, land-use change 0.2, the rest of 2.0 biogenic 0.2, uptake −0.5
        assertEquals(1.6, f.path("co2e").path("fossil").asDouble(), 1e-12);
        assertEquals(0.2, f.path("co2e").path("land-use-change").asDouble(), 1e-12);
        assertEquals(0.2, f.path("co2e").path("biogenic-emission").asDouble(), 1e-12);
        assertEquals(-0.5, f.path("co2e").path("biogenic-removal").asDouble(), 1e-12);
        assertEquals("AR5", f.path("gwpSet").asText());
        assertTrue(f.path("source").asText().contains("not verified"));
    }

    @Test
    void partsThatDoNotAddUpAreAcceptedWithAWarningAndTheSuppliersTotalKept() throws Exception {
        ObjectNode pf = tree(V3);
        ((ObjectNode) pf.path("pcf")).put("pcfExcludingBiogenicUptake", "9.6").put("pcfIncludingBiogenicUptake", "9.6");
        SupplierFootprint.Read read = SupplierFootprint.read(pf);
        assertEquals(1, read.warnings().size(), read.warnings().toString());
        assertTrue(
                read.warnings().get(0).contains("add up to 8.6"),
                read.warnings().get(0));
        JsonNode co2e = SupplierFootprint.factor(read).path("co2e");
        double total = 0;
        for (JsonNode v : co2e) {
            total += v.asDouble();
        }
        assertEquals(9.6, total, 1e-12);
    }

    @Test
    void whatDoesNotConformIsRefusedNamingTheProperty() throws Exception {
        ObjectNode noFossil = tree(V3);
        ((ObjectNode) noFossil.path("pcf")).remove("fossilGhgEmissions");
        assertEquals(
                "footprint.pcf.fossilGhgEmissions",
                assertThrows(InvalidInputException.class, () -> SupplierFootprint.read(noFossil))
                        .field());
        ObjectNode oldVersion = tree(V3).put("specVersion", "1.0.0");
        assertEquals(
                "footprint.specVersion",
                assertThrows(InvalidInputException.class, () -> SupplierFootprint.read(oldVersion))
                        .field());
        ObjectNode badId = tree(V3).put("id", "not-a-uuid");
        assertEquals(
                "footprint.id",
                assertThrows(InvalidInputException.class, () -> SupplierFootprint.read(badId))
                        .field());
        ObjectNode mixed = tree(V3);
        ((ObjectNode) mixed.path("pcf"))
                .putArray("ipccCharacterizationFactors")
                .add("AR5")
                .add("AR6");
        SupplierFootprint.Read read = SupplierFootprint.read(mixed);
        assertEquals(
                "footprint.pcf.ipccCharacterizationFactors",
                assertThrows(InvalidInputException.class, () -> SupplierFootprint.factor(read))
                        .field());
    }
}
