package org.tanji.portal.application.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tanji.portal.application.InvalidInputException;

/**
 * The one place where a certified footprint becomes a PACT v3 ProductFootprint. Every property comes from the
 * certificate, its calculation's summary or what the exporter declared in the product's exchange profile; what
 * cannot be known is left out where the specification allows it and refused where it is mandatory — never guessed.
 *
 * <p>How our figures map (kg CO2e per declared unit, from the calculation's {@code totals}):
 *
 * <ul>
 *   <li>{@code fossilGhgEmissions} = fossil; {@code landUseChangeGhgEmissions} = direct land-use change;
 *   <li>{@code biogenicCO2Uptake} = biogenic removals (negative); {@code biogenicNonCO2Emissions} = the biogenic
 *       gases other than CO2 ({@code byGas});
 *   <li>{@code pcfExcludingBiogenicUptake} = fossil + land-use change + biogenic emissions;
 *       {@code pcfIncludingBiogenicUptake} = that + biogenic removals (= our total);
 *   <li>{@code primaryDataShare} in percent; {@code dqi} from the data-quality ratings when all three are rated;
 *   <li>{@code verification} from the certificate: product level, the certification body, the statement's date
 *       and criteria.
 * </ul>
 *
 * <p>Decimals are written as JSON strings with 12 significant digits: a double's binary noise beyond them
 * (570.3000000000001) is dropped, nothing a footprint's precision could show.
 */
public final class ProductFootprintMapping {
    /** The version of the PACT Technical Specifications the documents conform to. */
    public static final String SPEC_VERSION = "3.0.0";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern URN = Pattern.compile("(?i)urn:[a-z0-9][a-z0-9-]{0,31}:\\S+");
    private static final Pattern DECIMAL = Pattern.compile("[+]?\\d+(\\.\\d+)?");

    /** UN geographic regions and subregions, as the specification lists them. */
    public static final Set<String> REGIONS = Set.of(
            "Africa",
            "Americas",
            "Asia",
            "Europe",
            "Oceania",
            "Australia and New Zealand",
            "Central Asia",
            "Eastern Asia",
            "Eastern Europe",
            "Latin America and the Caribbean",
            "Melanesia",
            "Micronesia",
            "Northern Africa",
            "Northern America",
            "Northern Europe",
            "Polynesia",
            "South-eastern Asia",
            "Southern Asia",
            "Southern Europe",
            "Sub-Saharan Africa",
            "Western Asia",
            "Western Europe");

    /** Our declared-unit symbols and the specification's names for them; any other unit is refused. */
    private static final Map<String, String> DECLARED_UNITS = Map.ofEntries(
            Map.entry("piece", "piece"),
            Map.entry("kg", "kilogram"),
            Map.entry("L", "liter"),
            Map.entry("l", "liter"),
            Map.entry("m3", "cubic meter"),
            Map.entry("m³", "cubic meter"),
            Map.entry("kWh", "kilowatt hour"),
            Map.entry("MJ", "megajoule"),
            Map.entry("t*km", "ton kilometer"),
            Map.entry("t·km", "ton kilometer"),
            Map.entry("tkm", "ton kilometer"),
            Map.entry("m2", "square meter"),
            Map.entry("m²", "square meter"),
            Map.entry("h", "hour"));

    private ProductFootprintMapping() {}

    /** What the exporter declared about the product (see ExchangeProfile). */
    public record Declared(
            String productMassKg,
            List<String> productIds,
            List<String> classifications,
            String geography,
            String fossilCarbonContent,
            String biogenicCarbonContent) {

        /**
         * Checks the declaration as the specification constrains it.
         *
         * @throws InvalidInputException naming the field and what it must be
         */
        public Declared {
            requireDecimal("productMassPerDeclaredUnit", productMassKg);
            requireDecimal("fossilCarbonContent", fossilCarbonContent);
            if (biogenicCarbonContent != null && !biogenicCarbonContent.isBlank()) {
                requireDecimal("biogenicCarbonContent", biogenicCarbonContent);
            } else {
                biogenicCarbonContent = null;
            }
            productIds = urns("productIds", productIds, true);
            classifications = urns("productClassifications", classifications, false);
            if (geography == null
                    || !(COUNTRY.matcher(geography).matches()
                            || SUBDIVISION.matcher(geography).matches()
                            || REGIONS.contains(geography))) {
                throw new InvalidInputException(
                        "geography",
                        "the geography the footprint represents: an ISO 3166-1 country (CN), an ISO 3166-2"
                                + " subdivision (CN-FJ) or a UN region (Eastern Asia), not " + geography);
            }
        }
    }

    /** The certificate and its verification, as the footprint's {@code verification} and validity state them. */
    public record Certification(
            String number,
            Instant issuedAt,
            Instant validUntil,
            String bodyName,
            Instant statementAt,
            String criteria,
            String assurance,
            String opinion,
            String verificationUrl) {}

    /** The owner and the product. */
    public record Owner(String companyName, String creditCode, String productName, String productDescription) {}

    /**
     * The ProductFootprint (without {@code status}, which depends on when it is read).
     *
     * @param summary the certified calculation's summary (tanji-footprint-result/1)
     * @param packagingIncluded whether the model has packaging activities
     * @throws InvalidInputException when a mandatory property cannot be stated from what we know
     */
    public static ObjectNode map(
            String id,
            List<String> precedingPfIds,
            Instant created,
            Owner owner,
            Declared declared,
            Certification certification,
            JsonNode summary,
            boolean packagingIncluded) {
        ObjectNode pf = JSON.objectNode();
        pf.put("id", id);
        pf.put("specVersion", SPEC_VERSION);
        if (!precedingPfIds.isEmpty()) {
            ArrayNode preceding = pf.putArray("precedingPfIds");
            precedingPfIds.forEach(preceding::add);
        }
        pf.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        LocalDate periodStart = date(summary.path("referencePeriod").path("start"), "start");
        // our reference period's end is its last day, included; the specification's end is exclusive
        Instant referenceEnd = date(summary.path("referencePeriod").path("end"), "end")
                .plusDays(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        validity(pf, certification, referenceEnd);
        pf.put("companyName", owner.companyName());
        pf.putArray("companyIds").add("urn:pact:uscc:" + owner.creditCode());
        pf.put(
                "productDescription",
                owner.productDescription() == null || owner.productDescription().isBlank()
                        ? owner.productName()
                        : owner.productDescription());
        ArrayNode productIds = pf.putArray("productIds");
        declared.productIds().forEach(productIds::add);
        if (!declared.classifications().isEmpty()) {
            ArrayNode classes = pf.putArray("productClassifications");
            declared.classifications().forEach(classes::add);
        }
        pf.put("productNameCompany", owner.productName());
        pf.put(
                "comment",
                "Certified under certificate " + certification.number() + " by " + certification.bodyName()
                        + " (ISO 14067:2018, GB/T 24067-2024); anyone can check it at "
                        + certification.verificationUrl());
        pf.set("pcf", pcf(declared, certification, summary, packagingIncluded, periodStart, referenceEnd));
        return pf;
    }

    private static ObjectNode pcf(
            Declared declared,
            Certification certification,
            JsonNode summary,
            boolean packagingIncluded,
            LocalDate periodStart,
            Instant referenceEnd) {
        ObjectNode pcf = JSON.objectNode();
        JsonNode unit = summary.path("declaredUnit");
        String symbol = unit.path("unit").asText();
        String name = DECLARED_UNITS.get(symbol);
        if (name == null) {
            throw new InvalidInputException(
                    "declaredUnit",
                    "the declared unit \"" + symbol + "\" has no PACT equivalent (piece, kg, L, m3, kWh, MJ, t*km, m2,"
                            + " h); declare the product in one of those to exchange it");
        }
        pcf.put("declaredUnitOfMeasurement", name);
        pcf.put("declaredUnitAmount", decimal(unit.path("value").asDouble()));
        pcf.put("productMassPerDeclaredUnit", declared.productMassKg());
        pcf.put(
                "referencePeriodStart",
                periodStart.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        pcf.put("referencePeriodEnd", referenceEnd.toString());
        String g = declared.geography();
        pcf.put(
                COUNTRY.matcher(g).matches()
                        ? "geographyCountry"
                        : SUBDIVISION.matcher(g).matches()
                                ? "geographyCountrySubdivision"
                                : "geographyRegionOrSubregion",
                g);
        List<String> stages = texts(summary.path("boundaryStages"));
        pcf.put(
                "boundaryProcessesDescription",
                "System boundary " + summary.path("systemBoundary").asText() + ", life-cycle stages: "
                        + String.join(", ", stages));
        JsonNode totals = summary.path("totals");
        double fossil = totals.path("fossil").asDouble();
        double biogenicEmissions = totals.path("biogenicEmissions").asDouble();
        double removals = totals.path("biogenicRemovals").asDouble();
        double landUse = totals.path("landUseChange").asDouble();
        if (fossil < 0 || landUse < 0 || biogenicEmissions < 0) {
            throw new InvalidInputException(
                    "totals",
                    "PACT states fossil, land-use change and biogenic emissions as zero or more; this footprint has"
                            + " fossil " + fossil + ", land-use change " + landUse + ", biogenic " + biogenicEmissions
                            + " kg CO2e (a removal counted as a negative emission cannot be exchanged as is)");
        }
        pcf.put("pcfExcludingBiogenicUptake", decimal(fossil + landUse + biogenicEmissions));
        pcf.put("pcfIncludingBiogenicUptake", decimal(fossil + landUse + biogenicEmissions + removals));
        pcf.put("fossilCarbonContent", declared.fossilCarbonContent());
        if (declared.biogenicCarbonContent() != null) {
            pcf.put("biogenicCarbonContent", declared.biogenicCarbonContent());
        }
        pcf.put("fossilGhgEmissions", decimal(fossil));
        pcf.put("landUseChangeGhgEmissions", decimal(landUse));
        pcf.put("biogenicCO2Uptake", decimal(Math.min(0, removals)));
        pcf.put("biogenicNonCO2Emissions", decimal(biogenicNonCo2(summary)));
        pcf.put("packagingEmissionsIncluded", packagingIncluded);
        pcf.putArray("ipccCharacterizationFactors").add(summary.path("gwpSet").asText("AR6"));
        pcf.putArray("crossSectoralStandards").add("ISO14067");
        pcf.put("exemptedEmissionsPercent", "0");
        pcf.put(
                "exemptedEmissionsDescription",
                "No emissions were exempted: every line inside the system boundary is counted.");
        ArrayNode sources = secondarySources(summary);
        if (!sources.isEmpty()) {
            pcf.set("secondaryEmissionFactorSources", sources);
        }
        pcf.put("primaryDataShare", decimal(summary.path("primaryDataShare").asDouble() * 100));
        JsonNode q = summary.path("dataQualityRating");
        if (q.path("technological").isNumber()
                && q.path("geographical").isNumber()
                && q.path("temporal").isNumber()) {
            ObjectNode dqi = pcf.putObject("dqi");
            dqi.put("technologicalDQR", decimal(q.path("technological").asDouble()));
            dqi.put("geographicalDQR", decimal(q.path("geographical").asDouble()));
            dqi.put("temporalDQR", decimal(q.path("temporal").asDouble()));
        }
        ObjectNode verification = pcf.putObject("verification");
        verification.put("coverage", "product level");
        verification.put("providerName", certification.bodyName());
        if (certification.statementAt() != null) {
            verification.put(
                    "completedAt",
                    certification.statementAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        verification.put(
                "standardName", certification.criteria() == null ? "ISO 14067:2018" : certification.criteria());
        verification.put(
                "comments",
                certification.assurance() + " assurance, " + certification.opinion() + " opinion; certificate "
                        + certification.number());
        return pcf;
    }

    /** The certificate's validity, kept within what the specification allows: from the reference period's end for at most 3 years. */
    private static void validity(ObjectNode pf, Certification c, Instant referenceEnd) {
        Instant start = c.issuedAt().isBefore(referenceEnd) ? referenceEnd : c.issuedAt();
        Instant latest = referenceEnd.atZone(ZoneOffset.UTC).plusYears(3).toInstant();
        Instant end = c.validUntil().isAfter(latest) ? latest : c.validUntil();
        if (end.isAfter(start)) {
            pf.put("validityPeriodStart", start.truncatedTo(ChronoUnit.SECONDS).toString());
            pf.put("validityPeriodEnd", end.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    private static double biogenicNonCo2(JsonNode summary) {
        double kg = 0;
        for (JsonNode gas : summary.path("byGas")) {
            if (gas.path("category").asText().startsWith("biogenic-emission")
                    && !gas.path("gas").asText().startsWith("CO2")) {
                kg += gas.path("kgCo2e").asDouble();
            }
        }
        return Math.max(0, kg);
    }

    /** The secondary datasets the lines drew on, by name and version. */
    private static ArrayNode secondarySources(JsonNode summary) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode out = JSON.arrayNode();
        for (JsonNode line : summary.path("lines")) {
            JsonNode source = line.path("source");
            String dataset = source.path("dataset").asText("");
            String version = source.path("version").asText("");
            if (!line.path("primaryData").asBoolean(false)
                    && !dataset.isEmpty()
                    && !version.isEmpty()
                    && !dataset.equals("model")
                    && seen.add(dataset + "/" + version)) {
                out.addObject().put("name", dataset).put("version", version);
            }
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static LocalDate date(JsonNode node, String which) {
        try {
            return LocalDate.parse(node.asText());
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    "referencePeriod", "the certified calculation states no reference period " + which);
        }
    }

    /** A number as the specification's decimal string: plain notation, 12 significant digits. */
    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException("totals", "a figure is not a finite number: " + value);
        }
        String s = new BigDecimal(value)
                .round(new java.math.MathContext(12))
                .stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static void requireDecimal(String field, String value) {
        if (value == null || !DECIMAL.matcher(value).matches()) {
            throw new InvalidInputException(
                    field, "a decimal of zero or more written as a string, such as \"25.0\", not " + value);
        }
    }

    private static List<String> urns(String field, List<String> values, boolean required) {
        List<String> list = values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
        if (required && list.isEmpty()) {
            throw new InvalidInputException(field, "at least one URN, such as urn:gtin:06901234567892");
        }
        for (String v : list) {
            if (!URN.matcher(v).matches()) {
                throw new InvalidInputException(field, "\"" + v + "\" is not a URN (urn:<namespace>:<id>)");
            }
        }
        return list;
    }
}
