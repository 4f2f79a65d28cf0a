package org.tanji.portal.application.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.portal.application.InvalidInputException;

/**
 * The mapping of a certified footprint to a PACT v3 ProductFootprint: every property the specification's OpenAPI
 * document (v3.0) marks required is there, figures land where the specification's formula puts them, periods follow
 * its rules, and what PACT cannot express is refused.
 */
class ProductFootprintMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** "required" of ProductFootprint in spec/v3/openapi.yaml. */
    private static final List<String> PRODUCT_FOOTPRINT_REQUIRED = List.of(
            "id",
            "specVersion",
            "created",
            "companyName",
            "companyIds",
            "productDescription",
            "productIds",
            "productNameCompany",
            "pcf");

    /** "required" of CarbonFootprint in spec/v3/openapi.yaml. */
    private static final List<String> CARBON_FOOTPRINT_REQUIRED = List.of(
            "declaredUnitOfMeasurement",
            "declaredUnitAmount",
            "productMassPerDeclaredUnit",
            "referencePeriodStart",
            "referencePeriodEnd",
            "pcfExcludingBiogenicUptake",
            "pcfIncludingBiogenicUptake",
            "fossilGhgEmissions",
            "fossilCarbonContent",
            "ipccCharacterizationFactors",
            "crossSectoralStandards",
            "exemptedEmissionsPercent");

    private static final ProductFootprintMapping.Owner OWNER = new ProductFootprintMapping.Owner(
            "Xiamen Furniture Co., Ltd.", "91350200MA8DEMX01Q", "Oak chair", "Solid oak dining chair, flat-packed");

    private static final ProductFootprintMapping.Declared DECLARED = new ProductFootprintMapping.Declared(
            "6.5",
            List.of("urn:gtin:06901234567892"),
            List.of("urn:pact:productclassification:un-cpc:38111"),
            "CN-FJ",
            "0.02",
            "2.9");

    private static final ProductFootprintMapping.Certification CERTIFICATE = new ProductFootprintMapping.Certification(
            "TJ-2026-000042-X",
            Instant.parse("2026-03-01T08:00:00Z"),
            Instant.parse("2028-03-01T08:00:00Z"),
            "Fujian Certification Centre",
            Instant.parse("2026-02-20T10:00:00Z"),
            "ISO 14067:2018; GB/T 24067-2024",
            "reasonable",
            "unmodified",
            "https://tanji.example/verify.html?t=abc");

    /** A summary as carbon-core writes it: 1 piece, fossil 10.5, biogenic 0.2 (0.05 of it CH4), uptake −1.5, LUC 0.3. */
    private static JsonNode summary(String unit) throws Exception {
        return JSON.readTree("""
                {"format":"tanji-footprint-result/1","declaredUnit":{"value":1,"unit":"%s"},
                 "systemBoundary":"cradle-to-gate","boundaryStages":["raw-materials","production"],
                 "referencePeriod":{"start":"2025-01-01","end":"2025-12-31"},"gwpSet":"AR6",
                 "totals":{"total":9.5,"fossil":10.5,"biogenicEmissions":0.2,"biogenicRemovals":-1.5,
                           "landUseChange":0.3,"excludingBiogenic":10.8},
                 "byGas":[{"gas":"CO2-fossil","category":"fossil","kgCo2e":10.5},
                          {"gas":"CH4-biogenic","category":"biogenic-emission","kgCo2e":0.05},
                          {"gas":"CO2-biogenic","category":"biogenic-emission","kgCo2e":0.15}],
                 "primaryDataShare":0.25,
                 "dataQualityRating":{"technological":1.5,"geographical":2,"temporal":2.5,"overall":2,"coverage":1},
                 "lines":[{"line":"a","primaryData":false,"source":{"dataset":"desnz-2024","version":"1.1"}},
                          {"line":"b","primaryData":true,"source":{"dataset":"own","version":"1"}},
                          {"line":"c","primaryData":false,"source":{"dataset":"desnz-2024","version":"1.1"}}]}
                """.formatted(unit));
    }

    private static ObjectNode map(String unit, List<String> preceding) throws Exception {
        return ProductFootprintMapping.map(
                "3f1c6e0a-2b8d-4c1e-9a57-0d2f6b8e4c11",
                preceding,
                Instant.parse("2026-03-01T09:00:00Z"),
                OWNER,
                DECLARED,
                CERTIFICATE,
                summary(unit),
                true);
    }

    @Test
    void everyRequiredPropertyIsStated() throws Exception {
        ObjectNode pf = map("piece", List.of());
        for (String p : PRODUCT_FOOTPRINT_REQUIRED) {
            assertTrue(pf.has(p), p);
        }
        for (String p : CARBON_FOOTPRINT_REQUIRED) {
            assertTrue(pf.path("pcf").has(p), "pcf." + p);
        }
        assertEquals("3.0.0", pf.path("specVersion").asText());
        assertEquals(
                "urn:pact:uscc:91350200MA8DEMX01Q", pf.path("companyIds").get(0).asText());
        assertFalse(pf.has("precedingPfIds"), "a first footprint has no predecessors (the property must be non-empty)");
        assertTrue(pf.path("pcf").path("pcfExcludingBiogenicUptake").isTextual(), "decimals are strings");
        pf.put("status", "Active"); // set when served
        assertEquals(List.of(), ProductFootprintSchema.problems(pf), "our own reading of the v3 schema accepts it");
    }

    @Test
    void figuresFollowTheSpecificationsFormula() throws Exception {
        JsonNode pcf = map("piece", List.of()).path("pcf");
        // excluding uptake = fossil + land-use change + biogenic emissions = 10.5 + 0.3 + 0.2
        assertEquals(
                11.0, Double.parseDouble(pcf.path("pcfExcludingBiogenicUptake").asText()), 1e-12);
        // including uptake = 11.0 − 1.5
        assertEquals(
                9.5, Double.parseDouble(pcf.path("pcfIncludingBiogenicUptake").asText()), 1e-12);
        assertEquals("10.5", pcf.path("fossilGhgEmissions").asText());
        assertEquals("-1.5", pcf.path("biogenicCO2Uptake").asText());
        assertEquals("0.05", pcf.path("biogenicNonCO2Emissions").asText());
        assertEquals("25", pcf.path("primaryDataShare").asText(), "a share of 0.25 is 25 percent");
        assertEquals("1.5", pcf.path("dqi").path("technologicalDQR").asText());
        assertEquals("AR6", pcf.path("ipccCharacterizationFactors").get(0).asText());
        assertEquals(1, pcf.path("secondaryEmissionFactorSources").size(), "each secondary dataset once");
        assertEquals(
                "desnz-2024",
                pcf.path("secondaryEmissionFactorSources").get(0).path("name").asText());
        assertEquals("CN-FJ", pcf.path("geographyCountrySubdivision").asText());
        assertFalse(pcf.has("geographyCountry"), "one level of geography only");
        assertEquals("product level", pcf.path("verification").path("coverage").asText());
        assertEquals(
                "Fujian Certification Centre",
                pcf.path("verification").path("providerName").asText());
    }

    @Test
    void periodsFollowTheSpecificationsRules() throws Exception {
        ObjectNode pf = map("kg", List.of());
        JsonNode pcf = pf.path("pcf");
        assertEquals("kilogram", pcf.path("declaredUnitOfMeasurement").asText());
        assertEquals("2025-01-01T00:00:00Z", pcf.path("referencePeriodStart").asText());
        // our period's end is its last day, included; PACT's end is exclusive
        assertEquals("2026-01-01T00:00:00Z", pcf.path("referencePeriodEnd").asText());
        assertEquals("2026-03-01T08:00:00Z", pf.path("validityPeriodStart").asText());
        assertEquals("2028-03-01T08:00:00Z", pf.path("validityPeriodEnd").asText());
    }

    @Test
    void aCertificateOutlastingThreeYearsAfterTheReferencePeriodIsCutToThem() throws Exception {
        ProductFootprintMapping.Certification long_ = new ProductFootprintMapping.Certification(
                "TJ-2026-000043-8",
                Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2031-01-01T00:00:00Z"),
                "Body",
                null,
                null,
                "limited",
                "unmodified",
                "x");
        ObjectNode pf = ProductFootprintMapping.map(
                "id", List.of("a", "b"), Instant.now(), OWNER, DECLARED, long_, summary("piece"), false);
        assertEquals("2029-01-01T00:00:00Z", pf.path("validityPeriodEnd").asText(), "reference end + 3 years");
        assertEquals(2, pf.path("precedingPfIds").size());
        assertFalse(pf.path("pcf").path("packagingEmissionsIncluded").asBoolean());
    }

    @Test
    void whatPactCannotExpressIsRefusedNamingTheField() throws Exception {
        InvalidInputException grams = assertThrows(InvalidInputException.class, () -> map("g", List.of()));
        assertEquals("declaredUnit", grams.field());
        InvalidInputException geography = assertThrows(
                InvalidInputException.class,
                () -> new ProductFootprintMapping.Declared("1", List.of("urn:gtin:1"), List.of(), "Fujian", "0", null));
        assertEquals("geography", geography.field());
        InvalidInputException ids = assertThrows(
                InvalidInputException.class,
                () -> new ProductFootprintMapping.Declared("1", List.of("GTIN 123"), List.of(), "CN", "0", null));
        assertEquals("productIds", ids.field());
        InvalidInputException mass = assertThrows(
                InvalidInputException.class,
                () -> new ProductFootprintMapping.Declared("-1", List.of("urn:gtin:1"), List.of(), "CN", "0", null));
        assertEquals("productMassPerDeclaredUnit", mass.field());
    }
}
