package org.tanji.portal.application.pact;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The PACT v3 ProductFootprint's JSON schema, written by us from the specification's OpenAPI document (v3.0):
 * required properties, types, the decimal, URN, date-time, uuid, country and enumeration formats. It answers the
 * problems it finds, each with its JSON path; an empty list means the document conforms.
 */
final class ProductFootprintSchema {
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SPEC_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-\\d{8})?");
    private static final Pattern URN = Pattern.compile("[uU][rR][nN]:.+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern POSITIVE_OR_ZERO = Pattern.compile("[+]?\\d+(\\.\\d+)?");
    private static final Pattern NEGATIVE_OR_ZERO = Pattern.compile("(-\\d+(\\.\\d+)?)|0+(\\.0+)?");
    private static final Pattern AR = Pattern.compile("AR\\d+");

    static final Set<String> DECLARED_UNITS = Set.of(
            "liter",
            "kilogram",
            "cubic meter",
            "kilowatt hour",
            "megajoule",
            "ton kilometer",
            "square meter",
            "piece",
            "hour",
            "megabit second");

    private static final List<String> POSITIVE_OR_ZERO_PCF = List.of(
            "fossilCarbonContent",
            "biogenicCarbonContent",
            "recycledCarbonContent",
            "fossilGhgEmissions",
            "landUseChangeGhgEmissions",
            "landCarbonLeakage",
            "landManagementFossilGhgEmissions",
            "landManagementBiogenicCO2Emissions",
            "biogenicNonCO2Emissions",
            "landAreaOccupation",
            "aircraftGhgEmissions",
            "packagingGhgEmissions",
            "packagingBiogenicCarbonContent",
            "outboundLogisticsGhgEmissions",
            "technologicalCO2Removals",
            "ccuCarbonContent");

    private static final List<String> NEGATIVE_OR_ZERO_PCF =
            List.of("landManagementBiogenicCO2Removals", "biogenicCO2Uptake", "ccsTechnologicalCO2Capture");

    private ProductFootprintSchema() {}

    static List<String> problems(JsonNode pf) {
        List<String> out = new ArrayList<>();
        if (!pf.isObject()) {
            out.add("$: a ProductFootprint is a JSON object");
            return out;
        }
        text(pf, "id", UUID, "a uuid", true, out);
        text(pf, "specVersion", SPEC_VERSION, "major.minor.patch", true, out);
        dateTime(pf, "created", true, out);
        enumeration(pf, "status", Set.of("Active", "Deprecated"), true, out);
        dateTime(pf, "validityPeriodStart", false, out);
        dateTime(pf, "validityPeriodEnd", false, out);
        nonEmpty(pf, "companyName", out);
        urns(pf, "companyIds", true, out);
        if (!pf.path("productDescription").isTextual()) {
            out.add("$.productDescription: required, a string");
        }
        urns(pf, "productIds", true, out);
        urns(pf, "productClassifications", false, out);
        nonEmpty(pf, "productNameCompany", out);
        if (pf.has("precedingPfIds")) {
            array(pf, "precedingPfIds", UUID, "a uuid", out);
        }
        JsonNode pcf = pf.path("pcf");
        if (!pcf.isObject()) {
            out.add("$.pcf: required, a CarbonFootprint object");
            return out;
        }
        enumeration(pcf, "declaredUnitOfMeasurement", DECLARED_UNITS, true, out, "$.pcf.");
        decimal(pcf, "declaredUnitAmount", POSITIVE_OR_ZERO, true, out);
        if (pcf.path("declaredUnitAmount").isTextual()
                && isZero(pcf.path("declaredUnitAmount").asText())) {
            out.add("$.pcf.declaredUnitAmount: must be greater than 0");
        }
        decimal(pcf, "productMassPerDeclaredUnit", DECIMAL, true, out);
        dateTime(pcf, "referencePeriodStart", true, out, "$.pcf.");
        dateTime(pcf, "referencePeriodEnd", true, out, "$.pcf.");
        decimal(pcf, "pcfExcludingBiogenicUptake", DECIMAL, true, out);
        decimal(pcf, "pcfIncludingBiogenicUptake", DECIMAL, true, out);
        decimal(pcf, "exemptedEmissionsPercent", DECIMAL, true, out);
        for (String p : POSITIVE_OR_ZERO_PCF) {
            decimal(pcf, p, POSITIVE_OR_ZERO, p.equals("fossilGhgEmissions") || p.equals("fossilCarbonContent"), out);
        }
        for (String p : NEGATIVE_OR_ZERO_PCF) {
            decimal(pcf, p, NEGATIVE_OR_ZERO, false, out);
        }
        decimal(pcf, "primaryDataShare", DECIMAL, false, out);
        array(pcf, "ipccCharacterizationFactors", AR, "AR followed by a number", out, "$.pcf.", true);
        if (!pcf.path("crossSectoralStandards").isArray()
                || pcf.path("crossSectoralStandards").isEmpty()) {
            out.add("$.pcf.crossSectoralStandards: required, a non-empty array");
        }
        if (pcf.hasNonNull("geographyCountry")
                && !pcf.path("geographyCountry").asText().matches("[A-Z]{2}")) {
            out.add("$.pcf.geographyCountry: an ISO 3166-1 alpha-2 code");
        }
        if (pcf.hasNonNull("geographyCountrySubdivision")
                && !pcf.path("geographyCountrySubdivision").asText().matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
            out.add("$.pcf.geographyCountrySubdivision: an ISO 3166-2 code");
        }
        if (pcf.hasNonNull("geographyRegionOrSubregion")
                && !ProductFootprintMapping.REGIONS.contains(
                        pcf.path("geographyRegionOrSubregion").asText())) {
            out.add("$.pcf.geographyRegionOrSubregion: one of the UN regions or subregions");
        }
        JsonNode dqi = pcf.path("dqi");
        if (dqi.isObject()) {
            for (String p : List.of("technologicalDQR", "geographicalDQR", "temporalDQR")) {
                decimal(dqi, p, DECIMAL, true, out, "$.pcf.dqi.");
            }
        }
        return out;
    }

    private static boolean isZero(String decimal) {
        return decimal.replaceAll("[+.0]", "").isEmpty();
    }

    private static void nonEmpty(JsonNode o, String name, List<String> out) {
        if (!o.path(name).isTextual() || o.path(name).asText().isEmpty()) {
            out.add("$." + name + ": required, a non-empty string");
        }
    }

    private static void text(JsonNode o, String name, Pattern p, String what, boolean required, List<String> out) {
        JsonNode v = o.path(name);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                out.add("$." + name + ": required");
            }
        } else if (!v.isTextual() || !p.matcher(v.asText()).matches()) {
            out.add("$." + name + ": must be " + what + ", not " + v);
        }
    }

    private static void enumeration(JsonNode o, String name, Set<String> values, boolean required, List<String> out) {
        enumeration(o, name, values, required, out, "$.");
    }

    private static void enumeration(
            JsonNode o, String name, Set<String> values, boolean required, List<String> out, String at) {
        JsonNode v = o.path(name);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                out.add(at + name + ": required");
            }
        } else if (!values.contains(v.asText())) {
            out.add(at + name + ": one of " + new java.util.TreeSet<>(values) + ", not " + v);
        }
    }

    private static void dateTime(JsonNode o, String name, boolean required, List<String> out) {
        dateTime(o, name, required, out, "$.");
    }

    private static void dateTime(JsonNode o, String name, boolean required, List<String> out, String at) {
        JsonNode v = o.path(name);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                out.add(at + name + ": required");
            }
            return;
        }
        try {
            OffsetDateTime.parse(v.asText());
        } catch (DateTimeParseException e) {
            out.add(at + name + ": an RFC 3339 date-time such as 2025-01-01T00:00:00Z, not " + v);
        }
    }

    private static void decimal(JsonNode o, String name, Pattern p, boolean required, List<String> out) {
        decimal(o, name, p, required, out, "$.pcf.");
    }

    private static void decimal(JsonNode o, String name, Pattern p, boolean required, List<String> out, String at) {
        JsonNode v = o.path(name);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                out.add(at + name + ": required");
            }
        } else if (!v.isTextual() || !p.matcher(v.asText()).matches()) {
            out.add(at + name + ": a decimal written as a string"
                    + (p == POSITIVE_OR_ZERO ? " of zero or more" : p == NEGATIVE_OR_ZERO ? " of zero or less" : "")
                    + ", not " + v);
        }
    }

    private static void urns(JsonNode o, String name, boolean required, List<String> out) {
        JsonNode v = o.path(name);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                out.add("$." + name + ": required, a non-empty array of URNs");
            }
            return;
        }
        array(o, name, URN, "a URN", out);
    }

    private static void array(JsonNode o, String name, Pattern p, String what, List<String> out) {
        array(o, name, p, what, out, "$.", false);
    }

    private static void array(
            JsonNode o, String name, Pattern p, String what, List<String> out, String at, boolean required) {
        JsonNode v = o.path(name);
        if (v.isMissingNode() && !required) {
            return;
        }
        if (!v.isArray() || v.isEmpty()) {
            out.add(at + name + ": a non-empty array");
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual() || !p.matcher(v.get(i).asText()).matches()) {
                out.add(at + name + "[" + i + "]: must be " + what + ", not " + v.get(i));
            }
        }
    }
}
