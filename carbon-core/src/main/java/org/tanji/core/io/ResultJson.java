package org.tanji.core.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.tanji.core.factor.DataQuality;
import org.tanji.core.factor.Provenance;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.result.CategoryTotals;
import org.tanji.core.result.FactorContribution;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.result.GasResult;
import org.tanji.core.result.LineResult;
import org.tanji.core.result.PartResult;
import org.tanji.core.uncertainty.DataQualityRating;
import org.tanji.core.unit.ActivityUnits;

/**
 * Writes a {@link FootprintResult} as JSON ({@value #FORMAT}), streaming, so a million-line trail does not
 * build a tree in memory. Numbers are kg CO2e per declared unit.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("result.json"))) {
 *   ResultJson.write(result, out);
 * }
 * }</pre>
 */
public final class ResultJson {
    public static final String FORMAT = "tanji-footprint-result/1";
    private static final int HOTSPOTS = 10;
    /** Parts a summary lists: the largest by cumulative emissions (the full result lists every part). */
    public static final int SUMMARY_PARTS = 25;

    private ResultJson() {}

    public static void write(FootprintResult r, OutputStream out) {
        write(r, out, true, true);
    }

    /**
     * Writes {@code r}; without {@code lines} the per-line trail is left out (totals, breakdowns and hotspot ids
     * stay), without {@code pretty} there is no indentation.
     */
    public static void write(FootprintResult r, OutputStream out, boolean lines, boolean pretty) {
        try (JsonGenerator g = ModelJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(r, g, lines, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole result, every line included, without indentation: the canonical form to hash or store. */
    public static String compact(FootprintResult r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(r, out, true, false);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Totals, breakdowns and hotspots without the per-line trail, without indentation: what a record of the
     * calculation keeps. Of the parts it lists the {@value #SUMMARY_PARTS} with the largest cumulative emissions,
     * largest first, and says how many there are in {@code partCount}; a 1,000-part BOM's summary stays small.
     */
    public static String summary(FootprintResult r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = ModelJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            write(r, g, false, SUMMARY_PARTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String write(FootprintResult r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(FootprintResult r, JsonGenerator g, boolean withLines, int maxParts) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("product", r.product());
        g.writeObjectFieldStart("declaredUnit");
        g.writeNumberField("value", r.declaredUnit().amount().value());
        g.writeStringField(
                "unit", ActivityUnits.symbol(r.declaredUnit().amount().unit()));
        if (r.declaredUnit().description() != null) {
            g.writeStringField("description", r.declaredUnit().description());
        }
        g.writeEndObject();
        g.writeStringField("libraryVersion", r.libraryVersion());
        g.writeStringField("calculatedAt", r.calculatedAt().toString());
        g.writeStringField("modelSha256", modelSha256(r.model()));
        g.writeObjectFieldStart("referenceFlow");
        g.writeStringField("part", r.model().rootPartId());
        g.writeNumberField("amount", r.model().referenceFlow());
        g.writeStringField("unit", ActivityUnits.symbol(r.model().root().unit()));
        g.writeStringField("meaning", "units of the root part per declared unit; every amount is scaled by it");
        g.writeEndObject();
        g.writeStringField("systemBoundary", r.boundary().key());
        g.writeArrayFieldStart("boundaryStages");
        for (LifeCycleStage s : r.boundary().stages()) {
            g.writeString(s.key());
        }
        g.writeEndArray();
        if (r.model().referencePeriod() != null) {
            g.writeObjectFieldStart("referencePeriod");
            g.writeStringField("start", r.model().referencePeriod().start().toString());
            g.writeStringField("end", r.model().referencePeriod().end().toString());
            g.writeEndObject();
        }
        g.writeStringField("gwpSet", r.gwpSet());
        g.writeStringField("unit", "kg CO2e per declared unit");
        g.writeNumberField("total", r.total());
        g.writeFieldName("totals");
        totals(r.totals(), g);
        g.writeObjectFieldStart("byStage");
        for (Map.Entry<LifeCycleStage, CategoryTotals> e : r.byStage().entrySet()) {
            g.writeFieldName(e.getKey().key());
            totals(e.getValue(), g);
        }
        g.writeEndObject();
        g.writeArrayFieldStart("byGas");
        for (GasResult gas : r.byGas()) {
            g.writeStartObject();
            g.writeStringField("gas", gas.gas());
            g.writeStringField("category", gas.category());
            numberOrNull(g, "kgGas", gas.kgGas());
            numberOrNull(g, "gwp", gas.gwp());
            g.writeNumberField("kgCo2e", gas.kgCo2e());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("byFactor");
        for (FactorContribution f : r.byFactor()) {
            g.writeStartObject();
            g.writeStringField("factor", f.factorId());
            g.writeStringField("name", f.name());
            provenance(f.provenance(), g);
            g.writeBooleanField("primary", f.primary());
            g.writeStringField("unit", f.unit());
            g.writeNumberField("kgCo2ePerUnit", f.kgCo2ePerUnit());
            g.writeNumberField("activityAmount", f.activityAmount());
            g.writeNumberField("kgCo2e", f.kgCo2e());
            g.writeNumberField("share", f.share());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("partCount", r.byPart().size());
        List<PartResult> parts = largestParts(r.byPart(), maxParts);
        g.writeArrayFieldStart("byPart");
        for (PartResult p : parts) {
            g.writeStartObject();
            g.writeStringField("part", p.partId());
            g.writeStringField("name", p.name());
            g.writeStringField("unit", p.unit());
            g.writeNumberField("demand", p.demand());
            g.writeNumberField("directKgCo2e", p.directKgCo2e());
            g.writeNumberField("cumulativeKgCo2e", p.cumulativeKgCo2e());
            g.writeEndObject();
        }
        g.writeEndArray();
        Map<String, Map<LifeCycleStage, Double>> partStage = r.byPartAndStage();
        g.writeObjectFieldStart("byPartAndStage");
        for (PartResult p : parts) {
            Map<LifeCycleStage, Double> stages = partStage.get(p.partId());
            if (stages != null) {
                g.writeObjectFieldStart(p.partId());
                for (Map.Entry<LifeCycleStage, Double> e : stages.entrySet()) {
                    g.writeNumberField(e.getKey().key(), e.getValue());
                }
                g.writeEndObject();
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("electricity");
        g.writeNumberField("locationBasedKgCo2e", r.electricity().locationBasedKgCo2e());
        g.writeNumberField("marketBasedKgCo2e", r.electricity().marketBasedKgCo2e());
        g.writeStringField("usedInTotal", r.electricity().usedInTotal().key());
        g.writeEndObject();
        g.writeNumberField("primaryDataShare", r.primaryDataShare());
        dataQualityRating(DataQualityRating.of(r), g);
        g.writeObjectFieldStart("tonneKilometresByMode");
        for (Map.Entry<String, Double> e : r.tonneKilometresByMode().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("warnings");
        for (String w : r.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("excludedLines");
        for (LineResult l : r.trail().excludedLines()) {
            g.writeStartObject();
            g.writeStringField("line", l.lineId());
            g.writeStringField("stage", l.stage().key());
            g.writeNumberField("kgCo2e", l.kgCo2e());
            g.writeStringField("reason", "stage outside the " + r.boundary().description() + " boundary");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("hotspots");
        for (LineResult l : r.hotspots(HOTSPOTS)) {
            g.writeString(l.lineId());
        }
        g.writeEndArray();
        if (withLines) {
            g.writeArrayFieldStart("lines");
            for (int i = 0; i < r.trail().size(); i++) {
                line(r.trail().line(i), g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** All parts in BOM order, or the {@code max} largest by cumulative emissions, largest first. */
    private static List<PartResult> largestParts(List<PartResult> parts, int max) {
        if (parts.size() <= max) {
            return parts;
        }
        return parts.stream()
                .sorted(java.util.Comparator.comparingDouble(PartResult::cumulativeKgCo2e)
                        .reversed())
                .limit(max)
                .toList();
    }

    private static void totals(CategoryTotals t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("total", t.total());
        g.writeNumberField("fossil", t.fossil());
        g.writeNumberField("biogenicEmissions", t.biogenicEmissions());
        g.writeNumberField("biogenicRemovals", t.biogenicRemovals());
        g.writeNumberField("landUseChange", t.landUseChange());
        g.writeNumberField("excludingBiogenic", t.excludingBiogenic());
        g.writeEndObject();
    }

    private static void line(LineResult l, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("line", l.lineId());
        g.writeStringField("part", l.partId());
        g.writeStringField("activity", l.activityId());
        g.writeStringField("stage", l.stage().key());
        g.writeNumberField("amount", l.amount());
        g.writeStringField("unit", l.unit());
        g.writeNumberField("amountInFactorUnit", l.amountInFactorUnit());
        g.writeStringField("factor", l.factorId());
        g.writeStringField("factorUnit", l.factorUnit());
        g.writeNumberField("factorKgCo2ePerUnit", l.factorKgCo2ePerUnit());
        provenance(l.factorProvenance(), g);
        dataQuality(l.factorQuality(), g);
        g.writeBooleanField("primaryData", l.primaryData());
        g.writeStringField("gwpSet", l.gwpSet());
        g.writeNumberField("kgCo2e", l.kgCo2e());
        if (l.alternativeKgCo2e() != null) {
            g.writeNumberField("alternativeElectricityKgCo2e", l.alternativeKgCo2e());
        }
        if (l.excluded()) {
            g.writeBooleanField("excluded", true);
        }
        if (l.transport() != null) {
            g.writeObjectFieldStart("transport");
            if (l.transport().mode() != null) {
                g.writeStringField("mode", l.transport().mode());
            }
            g.writeNumberField("tonnes", l.transport().tonnes());
            g.writeNumberField("kilometres", l.transport().kilometres());
            g.writeNumberField("emptyReturnShare", l.transport().emptyReturnShare());
            g.writeNumberField("tonneKilometres", l.transport().tonneKilometres());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void provenance(Provenance p, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("source");
        g.writeStringField("source", p.source());
        if (p.dataset() != null) {
            g.writeStringField("dataset", p.dataset());
        }
        if (p.version() != null) {
            g.writeStringField("version", p.version());
        }
        if (p.region() != null) {
            g.writeStringField("region", p.region());
        }
        if (p.year() != null) {
            g.writeNumberField("year", p.year());
        }
        if (p.licence() != null) {
            g.writeStringField("licence", p.licence());
        }
        g.writeEndObject();
    }

    /** The contribution-weighted DQR; the ratings are null where no factor was rated at all. */
    private static void dataQualityRating(DataQualityRating q, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("dataQualityRating");
        g.writeStringField("scale", "1 very good … 5 very poor, weighted by each factor's share of the footprint");
        rating(g, "technological", q.technological());
        rating(g, "geographical", q.geographical());
        rating(g, "temporal", q.temporal());
        rating(g, "overall", q.overall());
        g.writeNumberField("coverage", q.coverage());
        g.writeEndObject();
    }

    private static void rating(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static void dataQuality(DataQuality q, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("dataQuality");
        numberOrNull(g, "technological", q.technological());
        numberOrNull(g, "geographical", q.geographical());
        numberOrNull(g, "temporal", q.temporal());
        g.writeEndObject();
    }

    private static void numberOrNull(JsonGenerator g, String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    /** SHA-256 of the model in its canonical form ({@link ModelJson#write(FootprintModel)}), in hex. */
    static String modelSha256(FootprintModel model) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(ModelJson.write(model).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void numberOrNull(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
