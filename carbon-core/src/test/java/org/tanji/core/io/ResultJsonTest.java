package org.tanji.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.factor.DataQuality;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.model.Amount;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.Part;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.result.FootprintResult;

class ResultJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A kit of 40 parts; part i is made of i kg of steel at 2 kg CO2e/kg. */
    private static FootprintResult kit() {
        EmissionFactor steel = EmissionFactor.builder("steel", "kg")
                .co2e(EmissionCategory.FOSSIL, 2, GwpSet.AR6)
                .build();
        List<BomLine> lines = new ArrayList<>();
        FootprintModel.Builder b = FootprintModel.builder("Kit")
                .declaredUnit(DeclaredUnit.of(1, "piece", "one kit"))
                .boundary(SystemBoundary.CRADLE_TO_GATE)
                .root("kit");
        for (int i = 1; i <= 40; i++) {
            lines.add(BomLine.of("p" + i, 1));
            b.part(Part.of("p" + i, "part " + i)
                    .withActivities(List.of(Input.material("steel-" + i, Amount.of(i, "kg"), "steel"))));
        }
        b.part(Part.of("kit", "kit").withComponents(lines));
        return FootprintCalculator.using(FactorSource.of(List.of(steel))).calculate(b.build());
    }

    @Test
    void aSummaryStatesTheDataQualityRatingWeightedByContribution() throws Exception {
        // 3 kg of steel at 2 kg CO2e/kg rated (2, 1, 3) and 1 kg of glass at 6 kg CO2e/kg rated (4, 3, 1):
        // 6 and 6 kg CO2e, so each rating is the plain mean: technological 3, geographical 2, temporal 2
        EmissionFactor steel = EmissionFactor.builder("steel", "kg")
                .co2e(EmissionCategory.FOSSIL, 2, GwpSet.AR6)
                .quality(new DataQuality(2, 1, 3))
                .build();
        EmissionFactor glass = EmissionFactor.builder("glass", "kg")
                .co2e(EmissionCategory.FOSSIL, 6, GwpSet.AR6)
                .quality(new DataQuality(4, 3, 1))
                .build();
        EmissionFactor paint = EmissionFactor.builder("paint", "kg")
                .co2e(EmissionCategory.FOSSIL, 4, GwpSet.AR6)
                .build();
        FootprintModel.Builder b = FootprintModel.builder("Lamp")
                .declaredUnit(DeclaredUnit.of(1, "piece", "one lamp"))
                .root("lamp")
                .part(Part.of("lamp", "lamp")
                        .withActivities(List.of(
                                Input.material("steel", Amount.of(3, "kg"), "steel"),
                                Input.material("glass", Amount.of(1, "kg"), "glass"))));
        FactorSource factors = FactorSource.of(List.of(steel, glass, paint));
        JsonNode dqr = JSON.readTree(
                        ResultJson.summary(FootprintCalculator.using(factors).calculate(b.build())))
                .get("dataQualityRating");
        assertEquals(3, dqr.get("technological").asDouble(), 1e-12);
        assertEquals(2, dqr.get("geographical").asDouble(), 1e-12);
        assertEquals(2, dqr.get("temporal").asDouble(), 1e-12);
        assertEquals(7.0 / 3, dqr.get("overall").asDouble(), 1e-12);
        assertEquals(1, dqr.get("coverage").asDouble(), 1e-12);

        // 3 kg of unrated paint (12 kg CO2e) leaves half of the footprint rated; nothing rated gives nulls, not 0
        FootprintModel painted = FootprintModel.builder("Lamp")
                .declaredUnit(DeclaredUnit.of(1, "piece", "one lamp"))
                .root("lamp")
                .part(Part.of("lamp", "lamp")
                        .withActivities(List.of(
                                Input.material("steel", Amount.of(3, "kg"), "steel"),
                                Input.material("glass", Amount.of(1, "kg"), "glass"),
                                Input.material("paint", Amount.of(3, "kg"), "paint"))))
                .build();
        dqr = JSON.readTree(
                        ResultJson.summary(FootprintCalculator.using(factors).calculate(painted)))
                .get("dataQualityRating");
        assertEquals(0.5, dqr.get("coverage").asDouble(), 1e-12);
        assertEquals(3, dqr.get("technological").asDouble(), 1e-12);
        JsonNode unrated = JSON.readTree(ResultJson.summary(kit())).get("dataQualityRating");
        assertEquals(0, unrated.get("coverage").asDouble(), 0);
        assertEquals(true, unrated.get("overall").isNull());
    }

    @Test
    void aSummaryListsTheLargestPartsAndHowManyThereAre() throws Exception {
        JsonNode summary = JSON.readTree(ResultJson.summary(kit()));
        assertEquals(41, summary.get("partCount").asInt());
        JsonNode parts = summary.get("byPart");
        assertEquals(ResultJson.SUMMARY_PARTS, parts.size());
        // 2 kg CO2e/kg × (1 + … + 40) kg = 1640; then part 40 (80), part 39 (78) …
        assertEquals("kit", parts.get(0).get("part").asText());
        assertEquals(1640, parts.get(0).get("cumulativeKgCo2e").asDouble(), 1e-9);
        assertEquals("p40", parts.get(1).get("part").asText());
        assertEquals(80, parts.get(1).get("cumulativeKgCo2e").asDouble(), 1e-9);
        assertEquals("p17", parts.get(24).get("part").asText());
        assertEquals(1640, summary.get("total").asDouble(), 1e-9);
        assertEquals(null, summary.get("lines"));
    }

    @Test
    void theFullResultListsEveryPartInBomOrderAndEveryLine() throws Exception {
        JsonNode full = JSON.readTree(ResultJson.compact(kit()));
        assertEquals(41, full.get("byPart").size());
        assertEquals(40, full.get("lines").size());
    }

    @Test
    void aCertifierCanAuditWhatGaveTheNumber() throws Exception {
        FootprintModel battery = ModelJson.read(ModelJsonTest.BATTERY);
        FootprintResult r = FootprintCalculator.using(FactorSource.empty())
                .calculate(org.tanji.core.calc.CalculationSetup.of(battery).excludingStagesOutsideBoundary());
        JsonNode full = JSON.readTree(ResultJson.compact(r));
        assertEquals(
                org.tanji.core.calc.LibraryVersion.get(),
                full.get("libraryVersion").asText());
        assertEquals(true, full.get("libraryVersion").asText().matches("\\d+\\.\\d+\\.\\d+.*"));
        java.time.Instant.parse(full.get("calculatedAt").asText());
        // the model's hash is of its canonical form: the same model written again hashes the same
        assertEquals(
                java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(ModelJson.write(battery).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                full.get("modelSha256").asText());
        assertEquals("pack", full.get("referenceFlow").get("part").asText());
        assertEquals(1, full.get("referenceFlow").get("amount").asDouble(), 0);
        JsonNode cell = null;
        for (JsonNode l : full.get("lines")) {
            if (l.get("line").asText().equals("cell/cell materials")) {
                cell = l;
            }
        }
        assertEquals("OGL-UK-3.0", cell.get("source").get("licence").asText());
        assertEquals(3, cell.get("dataQuality").get("technological").asInt()); // as the example model rates it
        assertEquals(false, cell.get("primaryData").asBoolean());
        // part × stage: the cell's materials are raw-material acquisition; 2 × 8 / 0.995 cells × 1.98 kg × 6.308
        assertEquals(
                2 * 8 / 0.995 * 1.98 * 6.308,
                full.get("byPartAndStage")
                        .get("cell")
                        .get("raw-material-acquisition")
                        .asDouble(),
                1e-9);
        assertEquals(0, full.get("excludedLines").size()); // cradle to grave: nothing outside
    }

    @Test
    void excludedLinesAreListedWithTheirReason() throws Exception {
        FootprintModel battery = ModelJson.read(ModelJsonTest.BATTERY);
        FootprintModel gate = FootprintModel.builder(battery.name())
                .declaredUnit(battery.declaredUnit())
                .boundary(SystemBoundary.CRADLE_TO_GATE)
                .root(battery.rootPartId())
                .parts(battery.parts().values())
                .factors(battery.factors())
                .build();
        FootprintResult r = FootprintCalculator.using(FactorSource.empty())
                .calculate(org.tanji.core.calc.CalculationSetup.of(gate).excludingStagesOutsideBoundary());
        JsonNode summary = JSON.readTree(ResultJson.summary(r));
        // distribution (2 legs), use and end of life (2 routes) lie outside cradle to gate
        assertEquals(5, summary.get("excludedLines").size());
        assertEquals(
                "stage outside the cradle-to-gate boundary",
                summary.get("excludedLines").get(0).get("reason").asText());
    }
}
