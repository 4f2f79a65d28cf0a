package org.tanji.portal.application.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tanji.portal.application.InvalidInputException;

/**
 * A supplier's ProductFootprint read for use as primary data: a v3 document as it is, a v2.x one mapped to v3 (each
 * difference listed), checked against the v3 schema ({@link ProductFootprintSchema}), and turned into an emission
 * factor per declared unit whose source names the supplier, product, footprint id and version, validity and
 * verification. Parts that do not add up to the totals are accepted with a warning; the factor keeps the supplier's
 * totals.
 */
public final class SupplierFootprint {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** PACT's declared units and our unit symbols for them. */
    private static final Map<String, String> UNITS = Map.of(
            "liter", "L",
            "kilogram", "kg",
            "cubic meter", "m3",
            "kilowatt hour", "kWh",
            "megajoule", "MJ",
            "ton kilometer", "t*km",
            "square meter", "m2",
            "piece", "piece",
            "hour", "h");

    /** v2 cross-sectoral standard names and their v3 codes. */
    private static final Map<String, String> STANDARDS = Map.of(
            "GHG Protocol Product standard", "GHGP-Product",
            "ISO Standard 14067", "ISO14067",
            "ISO Standard 14044", "ISO14040-44",
            "ISO Standard 14083", "ISO14083",
            "PACT Pathfinder Framework", "PACT-1.0");

    /**
     * A footprint read: the v3 document, the version it came in, what was changed to make it v3, and the warnings.
     */
    public record Read(ObjectNode footprint, String specVersion, List<String> differences, List<String> warnings) {}

    private SupplierFootprint() {}

    /**
     * Reads a ProductFootprint, or a GetFootprint response holding one in {@code data}.
     *
     * @throws InvalidInputException naming the first property that does not conform ({@code footprint.pcf.…})
     */
    public static Read read(JsonNode body) {
        JsonNode pf = body.has("data") && body.path("data").isObject() ? body.path("data") : body;
        String version = pf.path("specVersion").asText("");
        List<String> differences = new ArrayList<>();
        ObjectNode v3;
        if (version.startsWith("2.")) {
            v3 = fromV2(pf, differences);
        } else if (version.startsWith("3.")) {
            v3 = pf.deepCopy();
        } else {
            throw new InvalidInputException(
                    "footprint.specVersion", "a PACT ProductFootprint of version 2.x or 3.x, not \"" + version + "\"");
        }
        List<String> problems = ProductFootprintSchema.problems(v3);
        if (version.startsWith("2.")) {
            // v2 did not state the product's mass: the v3 document lacks it, which the factor does not need
            problems.removeIf(p -> p.startsWith("$.pcf.productMassPerDeclaredUnit"));
        }
        if (!problems.isEmpty()) {
            String first = problems.get(0);
            String path = first.substring(0, first.indexOf(':')).replaceFirst("^\\$", "footprint");
            throw new InvalidInputException(
                    path,
                    String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                            + (problems.size() > 5 ? " … (" + problems.size() + " problems)" : ""));
        }
        return new Read(v3, version, differences, warnings(v3));
    }

    /** The emission factor per declared unit, without {@code id}, as a footprint model's {@code factors} entry. */
    public static ObjectNode factor(Read read) {
        JsonNode pf = read.footprint();
        JsonNode pcf = pf.path("pcf");
        String unit = UNITS.get(pcf.path("declaredUnitOfMeasurement").asText());
        if (unit == null) {
            throw new InvalidInputException(
                    "footprint.pcf.declaredUnitOfMeasurement",
                    "\"" + pcf.path("declaredUnitOfMeasurement").asText() + "\" is not a unit Tanji calculates with");
        }
        JsonNode sets = pcf.path("ipccCharacterizationFactors");
        if (sets.size() != 1
                || !List.of("AR4", "AR5", "AR6").contains(sets.get(0).asText())) {
            throw new InvalidInputException(
                    "footprint.pcf.ipccCharacterizationFactors",
                    "the footprint's CO2e was made with " + sets + "; Tanji takes a footprint made with one of AR4, AR5"
                            + " or AR6 (ask the supplier for one made with a single set — it is not converted)");
        }
        BigDecimal amount = new BigDecimal(pcf.path("declaredUnitAmount").asText());
        double excluding = per(pcf, "pcfExcludingBiogenicUptake", amount);
        double fossil = per(pcf, "fossilGhgEmissions", amount);
        double landUse = per(pcf, "landUseChangeGhgEmissions", amount);
        double uptake = per(pcf, "biogenicCO2Uptake", amount);
        // what the supplier's total holds beyond fossil and land-use change: biogenic emissions and removals
        double rest = excluding - fossil - landUse;
        ObjectNode co2e = JSON.objectNode();
        co2e.put("fossil", fossil);
        if (landUse != 0) {
            co2e.put("land-use-change", landUse);
        }
        if (rest > 0) {
            co2e.put("biogenic-emission", rest);
        }
        if (uptake + Math.min(rest, 0) != 0) {
            co2e.put("biogenic-removal", uptake + Math.min(rest, 0));
        }
        ObjectNode f = JSON.objectNode();
        f.put(
                "name",
                pf.path("productNameCompany").asText() + " — "
                        + pf.path("companyName").asText() + " (PACT)");
        f.put("unit", unit);
        f.set("co2e", co2e);
        f.put("gwpSet", sets.get(0).asText());
        f.put("source", provenance(read));
        f.put(
                "year",
                OffsetDateTime.parse(pcf.path("referencePeriodEnd").asText())
                        .minusSeconds(1)
                        .getYear());
        String region = pcf.path("geographyCountrySubdivision")
                .asText(pcf.path("geographyCountry")
                        .asText(pcf.path("geographyRegionOrSubregion").asText("")));
        if (!region.isEmpty()) {
            f.put("region", region);
        }
        f.put("primary", true);
        return f;
    }

    private static double per(JsonNode pcf, String name, BigDecimal amount) {
        String v = pcf.path(name).asText("0");
        return new BigDecimal(v).divide(amount, java.math.MathContext.DECIMAL64).doubleValue();
    }

    /** What the trail and the factor picker show of where the factor comes from. */
    private static String provenance(Read read) {
        JsonNode pf = read.footprint();
        JsonNode v = pf.path("pcf").path("verification");
        String verification = v.isObject()
                ? "verified (" + v.path("coverage").asText("coverage not stated") + ") by "
                        + v.path("providerName").asText("an unnamed provider")
                        + (v.hasNonNull("completedAt")
                                ? " on " + v.path("completedAt").asText().substring(0, 10)
                                : "")
                : "not verified";
        return "PACT ProductFootprint " + pf.path("id").asText() + " (spec " + read.specVersion() + ") of "
                + pf.path("companyName").asText() + " " + pf.path("companyIds") + ", product "
                + pf.path("productIds") + "; valid "
                + pf.path("validityPeriodStart").asText("from the reference period's end")
                + " to " + pf.path("validityPeriodEnd").asText("3 years after it") + "; " + verification + "; "
                + pf.path("status").asText();
    }

    private static List<String> warnings(JsonNode pf) {
        List<String> out = new ArrayList<>();
        JsonNode pcf = pf.path("pcf");
        BigDecimal excluding = dec(pcf, "pcfExcludingBiogenicUptake");
        BigDecimal parts = BigDecimal.ZERO;
        for (String p : List.of(
                "fossilGhgEmissions",
                "landUseChangeGhgEmissions",
                "landManagementBiogenicCO2Emissions",
                "landManagementBiogenicCO2Removals",
                "technologicalCO2Removals",
                "ccsTechnologicalCO2Capture",
                "biogenicNonCO2Emissions")) {
            parts = parts.add(dec(pcf, p));
        }
        if (excluding
                        .subtract(parts)
                        .abs()
                        .compareTo(new BigDecimal("0.0005")
                                .multiply(excluding.abs().max(BigDecimal.ONE)))
                > 0) {
            out.add("pcfExcludingBiogenicUptake is " + excluding.toPlainString() + " but its parts add up to "
                    + parts.toPlainString() + "; the supplier's total is used");
        }
        BigDecimal including = dec(pcf, "pcfIncludingBiogenicUptake");
        BigDecimal expected = excluding.add(dec(pcf, "biogenicCO2Uptake"));
        if (including
                        .subtract(expected)
                        .abs()
                        .compareTo(new BigDecimal("0.0005")
                                .multiply(including.abs().max(BigDecimal.ONE)))
                > 0) {
            out.add("pcfIncludingBiogenicUptake is " + including.toPlainString() + " but pcfExcludingBiogenicUptake +"
                    + " biogenicCO2Uptake is " + expected.toPlainString());
        }
        if ("Deprecated".equals(pf.path("status").asText())) {
            out.add("the supplier marked this footprint Deprecated: ask for its successor");
        }
        if (pf.hasNonNull("validityPeriodEnd")
                && OffsetDateTime.parse(pf.path("validityPeriodEnd").asText())
                        .toInstant()
                        .isBefore(Instant.now())) {
            out.add("its validity period ended on "
                    + pf.path("validityPeriodEnd").asText());
        }
        return out;
    }

    private static BigDecimal dec(JsonNode pcf, String name) {
        return pcf.hasNonNull(name) ? new BigDecimal(pcf.path(name).asText()) : BigDecimal.ZERO;
    }

    /** The v2.x document as v3, every renamed or re-expressed property listed in {@code differences}. */
    private static ObjectNode fromV2(JsonNode v2, List<String> differences) {
        ObjectNode v3 = v2.deepCopy();
        JsonNode p2 = v2.path("pcf");
        ObjectNode pcf = JSON.objectNode();
        pcf.setAll((ObjectNode) p2.deepCopy());
        v3.put("specVersion", "3.0.0");
        differences.add("specVersion " + v2.path("specVersion").asText() + " read as 3.0.0");
        if (v3.remove("version") != null) {
            differences.add("version (v2) dropped: a v3 footprint never changes");
        }
        if (v3.has("productCategoryCpc")) {
            v3.putArray("productClassifications")
                    .add("urn:pact:productclassification:un-cpc:"
                            + v3.remove("productCategoryCpc").asText());
            differences.add("productCategoryCpc → productClassifications (urn:pact:productclassification:un-cpc:…)");
        }
        move(pcf, "declaredUnit", "declaredUnitOfMeasurement", differences);
        move(pcf, "unitaryProductAmount", "declaredUnitAmount", differences);
        move(pcf, "dLucGhgEmissions", "landUseChangeGhgEmissions", differences);
        move(pcf, "biogenicCarbonWithdrawal", "biogenicCO2Uptake", differences);
        BigDecimal including = dec(p2, "pCfIncludingBiogenic");
        pcf.remove("pCfIncludingBiogenic");
        pcf.put("pcfIncludingBiogenicUptake", including.toPlainString());
        BigDecimal excludingUptake = including.subtract(dec(p2, "biogenicCarbonWithdrawal"));
        pcf.remove("pCfExcludingBiogenic");
        pcf.put("pcfExcludingBiogenicUptake", excludingUptake.toPlainString());
        differences.add(
                "pCfIncludingBiogenic → pcfIncludingBiogenicUptake; pcfExcludingBiogenicUptake = pCfIncludingBiogenic"
                        + " − biogenicCarbonWithdrawal (v2's pCfExcludingBiogenic left out biogenic emissions, v3's keeps them)");
        ArrayNode sets = JSON.arrayNode();
        if (p2.has("ipccCharacterizationFactorsSources")) {
            p2.path("ipccCharacterizationFactorsSources").forEach(s -> sets.add(s.asText()));
        } else if (p2.has("characterizationFactors")) {
            sets.add(p2.path("characterizationFactors").asText());
        }
        pcf.remove("characterizationFactors");
        pcf.remove("ipccCharacterizationFactorsSources");
        pcf.set("ipccCharacterizationFactors", sets);
        differences.add("characterizationFactors / ipccCharacterizationFactorsSources → ipccCharacterizationFactors");
        ArrayNode standards = JSON.arrayNode();
        p2.path("crossSectoralStandardsUsed")
                .forEach(s -> standards.add(STANDARDS.getOrDefault(s.asText(), s.asText())));
        pcf.remove("crossSectoralStandardsUsed");
        pcf.set("crossSectoralStandards", standards);
        differences.add("crossSectoralStandardsUsed → crossSectoralStandards (ISO Standard 14067 → ISO14067, …)");
        for (String number : List.of("exemptedEmissionsPercent", "primaryDataShare")) {
            if (pcf.path(number).isNumber()) {
                pcf.put(number, pcf.path(number).decimalValue().toPlainString());
                differences.add(number + ": number → decimal string");
            }
        }
        if (pcf.path("dqi").isObject()) {
            ObjectNode dqi = (ObjectNode) pcf.path("dqi");
            dqi.fieldNames().forEachRemaining(n -> {});
            for (String n : List.of("technologicalDQR", "geographicalDQR", "temporalDQR")) {
                if (dqi.path(n).isNumber()) {
                    dqi.put(n, dqi.path(n).decimalValue().toPlainString());
                }
            }
            differences.add("dqi ratings: numbers → decimal strings");
        }
        JsonNode assurance = p2.path("assurance");
        pcf.remove("assurance");
        if (assurance.path("assurance").asBoolean(false)) {
            ObjectNode verification = pcf.putObject("verification");
            if (assurance.hasNonNull("providerName")
                    && !assurance.path("providerName").asText().isEmpty()) {
                verification.put("providerName", assurance.path("providerName").asText());
            }
            if (assurance.hasNonNull("completedAt")) {
                verification.put("completedAt", assurance.path("completedAt").asText());
            }
            if (assurance.hasNonNull("standardName")) {
                verification.put("standardName", assurance.path("standardName").asText());
            }
            differences.add("assurance → verification (v2 coverage values are not v3's and are left out)");
        } else {
            differences.add("assurance: false → no verification");
        }
        v3.set("pcf", pcf);
        return v3;
    }

    private static void move(ObjectNode pcf, String from, String to, List<String> differences) {
        if (pcf.has(from)) {
            pcf.set(to, pcf.remove(from));
            differences.add(from + " → " + to);
        }
    }
}
