package org.tanji.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.uncertainty.Distribution;
import org.tanji.core.uncertainty.MonteCarlo;
import org.tanji.core.uncertainty.Uncertainties;
import org.tanji.core.uncertainty.Uncertainty;

class ModelJsonTest {
    static final Path BATTERY = Path.of("../examples/models/lfp-home-battery-5kwh.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = ModelJson.class.getResourceAsStream("footprint-model.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    @Test
    void exampleModelValidatesAgainstTheSchema() throws Exception {
        Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(BATTERY.toFile()));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void writtenModelValidatesAndRoundTrips() throws Exception {
        FootprintModel model = ModelJson.read(BATTERY);
        String once = ModelJson.write(model);
        Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(once));
        assertTrue(errors.isEmpty(), errors.toString());
        FootprintModel again = ModelJson.parse(once, "written");
        assertEquals(MAPPER.readTree(once), MAPPER.readTree(ModelJson.write(again)));
        assertEquals(model.parts(), again.parts());
        FactorSource none = FactorSource.empty();
        assertEquals(
                FootprintCalculator.using(none).calculate(model).total(),
                FootprintCalculator.using(none).calculate(again).total(),
                0);
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws Exception {
        JsonNode bad = MAPPER.readTree(Files.readString(BATTERY)
                .replace("\"quantity\": 8, \"scrap\": 0.005", "\"quantity\": -8, \"scrap\": 0.005"));
        assertEquals(1, schema().validate(bad).size());
        ModelFormatException e =
                assertThrows(ModelFormatException.class, () -> ModelJson.parse(bad.toString(), "bad.json"));
        assertEquals("bad.json at $.parts[1].components[0]", e.location());
        assertTrue(e.getMessage().contains("-8"), e.getMessage());
    }

    @Test
    void batteryExampleGivesHandWorkedCellMaterials() {
        FootprintResult r = FootprintCalculator.using(FactorSource.empty()).calculate(ModelJson.read(BATTERY));
        // cells: 2 modules × 8 cells ÷ (1 − 0.005 scrap) × 1.98 kg × 6.308 kg CO2e/kg (DESNZ 2024 Li-ion, 6308 kg/t)
        double cells = 2 * 8 / 0.995 * 1.98 * 6.308;
        double cellCumulative = r.byPart().stream()
                .filter(p -> p.partId().equals("cell"))
                .findFirst()
                .orElseThrow()
                .cumulativeKgCo2e();
        assertEquals(cells, cellCumulative, 1e-9);
        // use: 0.46 kWh × 6000 cycles × 0.20705 kg CO2e/kWh (DESNZ 2024 UK electricity)
        assertEquals(0.46 * 6000 * 0.20705, r.stage(LifeCycleStage.USE), 1e-9);
        // end of life: 60 kg → 0.054 t × 6.41061 + 0.006 t × 8.88386 (DESNZ 2024 WEEE small open-loop / landfill)
        assertEquals(0.054 * 6.41061 + 0.006 * 8.88386, r.stage(LifeCycleStage.END_OF_LIFE), 1e-9);
        assertEquals(r.byPart().get(0).cumulativeKgCo2e(), r.total(), 1e-9);
    }

    @Test
    void errorsNameTheJsonPath() {
        String json = "{\"product\": \"x\", \"declaredUnit\": {\"value\": 1, \"unit\": \"piece\"},"
                + " \"systemBoundary\": \"cradle-to-gate\", \"rootPart\": \"p\", \"parts\": [{\"id\": \"p\", \"activities\":"
                + " [{\"type\": \"material\", \"amount\": {\"value\": 2, \"unit\": \"furlong\"}, \"factor\": \"f\"}]}]}";
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelJson.parse(json, "m.json"));
        assertEquals("m.json at $.parts[0].activities[0].amount", e.location());
        assertTrue(e.getMessage().contains("furlong"));
        ModelFormatException notJson = assertThrows(ModelFormatException.class, () -> ModelJson.parse("{", "m.json"));
        assertTrue(notJson.getMessage().contains("not valid JSON"), notJson.getMessage());
        ModelFormatException nan = assertThrows(
                ModelFormatException.class,
                () -> ModelJson.parse(json.replace("\"value\": 2", "\"value\": \"NaN\""), "m.json"));
        assertTrue(nan.getMessage().contains("finite"), nan.getMessage());
    }

    @Test
    void theReferencePeriodIsReadWrittenAndStatedInTheResult() throws Exception {
        FootprintModel m = ModelJson.read(BATTERY);
        assertEquals(LocalDate.of(2025, 1, 1), m.referencePeriod().start());
        assertEquals(LocalDate.of(2025, 12, 31), m.referencePeriod().end());
        assertEquals(365, m.referencePeriod().days());
        assertEquals(LocalDate.of(2026, 1, 1), m.referencePeriod().endExclusive()); // PACT's referencePeriodEnd
        JsonNode written = MAPPER.readTree(ModelJson.write(m));
        assertEquals(
                "{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"}",
                written.get("referencePeriod").toString());
        FootprintResult r = FootprintCalculator.using(FactorSource.empty()).calculate(m);
        assertEquals(
                written.get("referencePeriod"),
                MAPPER.readTree(ResultJson.summary(r)).get("referencePeriod"));
        // a model without one still calculates, and its result does not invent one
        String without = Files.readString(BATTERY)
                .replace("\"referencePeriod\": { \"start\": \"2025-01-01\", \"end\": \"2025-12-31\" },", "");
        FootprintModel estimate = ModelJson.parse(without, "estimate.json");
        assertEquals(null, estimate.referencePeriod());
        assertEquals(
                null,
                MAPPER.readTree(ResultJson.summary(
                                FootprintCalculator.using(FactorSource.empty()).calculate(estimate)))
                        .get("referencePeriod"));
    }

    @Test
    void aReferencePeriodThatIsNotOneIsRefusedWithItsPath() throws Exception {
        String model = Files.readString(BATTERY);
        String backwards = model.replace("\"end\": \"2025-12-31\"", "\"end\": \"2024-12-31\"");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelJson.parse(backwards, "m.json"));
        assertEquals("m.json at $.referencePeriod", e.location());
        assertTrue(e.getMessage().contains("before it starts"), e.getMessage());
        String notADay = model.replace("\"start\": \"2025-01-01\"", "\"start\": \"2025-13-01\"");
        e = assertThrows(ModelFormatException.class, () -> ModelJson.parse(notADay, "m.json"));
        assertEquals("m.json at $.referencePeriod.start", e.location());
        assertTrue(e.getMessage().contains("year-month-day"), e.getMessage());
        String halfOpen = model.replace(", \"end\": \"2025-12-31\"", "");
        e = assertThrows(ModelFormatException.class, () -> ModelJson.parse(halfOpen, "m.json"));
        assertEquals("m.json at $.referencePeriod.end", e.location());
        assertEquals(1, schema().validate(MAPPER.readTree(halfOpen)).size());
    }

    @Test
    void aCustomBoundaryListsItsStagesAndCountsOnlyThem() throws Exception {
        // the battery made and taken back: production and end of life only, cradle stages and use left out
        String json = Files.readString(BATTERY)
                .replace(
                        "\"systemBoundary\": \"cradle-to-grave\"",
                        "\"systemBoundary\": \"custom\", \"boundaryStages\": [\"production\", \"end-of-life\"]");
        assertTrue(schema().validate(MAPPER.readTree(json)).isEmpty());
        FootprintModel m = ModelJson.parse(json, "custom.json");
        assertEquals("custom: production, end-of-life", m.boundary().description());
        FootprintResult r = FootprintCalculator.using(FactorSource.empty())
                .calculate(org.tanji.core.calc.CalculationSetup.of(m).excludingStagesOutsideBoundary());
        assertEquals(0.054 * 6.41061 + 0.006 * 8.88386, r.stage(LifeCycleStage.END_OF_LIFE), 1e-9);
        assertEquals(0, r.stage(LifeCycleStage.USE), 0);
        assertEquals(r.stage(LifeCycleStage.PRODUCTION) + r.stage(LifeCycleStage.END_OF_LIFE), r.total(), 1e-9);
        JsonNode written = MAPPER.readTree(ResultJson.write(r));
        assertEquals("custom", written.get("systemBoundary").asText());
        assertEquals(
                "[\"production\",\"end-of-life\"]",
                written.get("boundaryStages").toString());
        assertEquals(
                MAPPER.readTree(json).get("boundaryStages"),
                MAPPER.readTree(ModelJson.write(m)).get("boundaryStages"));
        // "custom" without its stages is refused by the schema and the reader
        String noStages = Files.readString(BATTERY).replace("\"cradle-to-grave\"", "\"custom\"");
        assertEquals(1, schema().validate(MAPPER.readTree(noStages)).size());
        assertThrows(ModelFormatException.class, () -> ModelJson.parse(noStages, "bad.json"));
    }

    @Test
    void uncertaintiesStatedInTheModelReachTheMonteCarlo() throws Exception {
        ModelDocument doc = ModelJson.readDocument(BATTERY);
        // the example states: cell mass lognormal GSD 1.02, the Li-ion factor lognormal GSD 1.3, the use phase's
        // lifetime energy triangular(1656, 2760, 3312) kWh
        assertEquals(
                Uncertainty.lognormalAroundStated(1.02),
                doc.uncertainties().activities().get("cell/cell materials"));
        assertEquals(
                Distribution.triangular(1656, 2760, 3312),
                doc.uncertainties().activities().get("pack/round-trip losses"));
        assertEquals(
                Uncertainty.lognormalAroundStated(1.3),
                doc.uncertainties().factors().get("desnz-2024:li-ion-battery-primary"));
        FootprintResult r = FootprintCalculator.using(FactorSource.empty()).calculate(doc.model());
        MonteCarlo mc = MonteCarlo.of(doc.model(), r, doc.uncertainties());
        assertEquals(3, mc.inputs().size());
        // the factor's lognormal is centred on its stated 6.308 kg CO2e/kg (6308 per t)
        assertEquals(
                6308,
                mc.inputs().stream()
                        .filter(i -> i.key().startsWith("factor"))
                        .findFirst()
                        .orElseThrow()
                        .distribution()
                        .pointValue(),
                1e-9);
        // written back, each uncertainty sits on its activity or factor again, and the schema accepts it
        String written = ModelJson.write(doc);
        assertTrue(schema().validate(MAPPER.readTree(written)).isEmpty());
        assertEquals(
                doc.uncertainties(), ModelJson.parseDocument(written, "written").uncertainties());
        // a library factor's uncertainty goes to factorUncertainties
        ModelDocument more = new ModelDocument(
                doc.model(),
                Uncertainties.builder()
                        .factor("supplier:cathode-powder", Distribution.uniform(8, 12))
                        .build());
        JsonNode tree = MAPPER.readTree(ModelJson.write(more));
        assertEquals(
                "uniform",
                tree.get("factorUncertainties")
                        .get("supplier:cathode-powder")
                        .get("distribution")
                        .asText());
        assertEquals(
                more.uncertainties(),
                ModelJson.parseDocument(tree.toString(), "x").uncertainties());
    }

    @Test
    void anUnknownOrIncompleteDistributionIsRefused() throws Exception {
        String json = Files.readString(BATTERY);
        ModelFormatException e = assertThrows(
                ModelFormatException.class,
                () -> ModelJson.parseDocument(
                        json.replace(
                                "\"distribution\": \"lognormal\", \"gsd\": 1.02",
                                "\"distribution\": \"beta\", \"gsd\": 1.02"),
                        "bad.json"));
        assertEquals(
                "bad.json at $.parts[2].activities[0].uncertainty.distribution: is 'beta'; use lognormal, normal,"
                        + " triangular, uniform or fixed",
                e.getMessage());
        assertThrows(
                ModelFormatException.class,
                () -> ModelJson.parseDocument(json.replace("\"gsd\": 1.02", "\"gsd\": 0.9"), "bad.json"));
        assertThrows(
                ModelFormatException.class,
                () -> ModelJson.parseDocument(
                        json.replace(
                                "\"distribution\": \"lognormal\", \"gsd\": 1.02", "\"distribution\": \"lognormal\""),
                        "bad.json"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotSilentlyTheLastOne() throws Exception {
        String json = Files.readString(BATTERY)
                .replace("\"referenceFlow\": 1,", "\"referenceFlow\": 1, \"referenceFlow\": 1000,");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelJson.parse(json, "twice.json"));
        assertTrue(e.getMessage().contains("Duplicate field 'referenceFlow'"), e.getMessage());
        assertTrue(e.location().startsWith("twice.json at line "), e.location());
    }

    @Test
    void numbersADoubleWouldSilentlyChangeAreRefusedWithTheirPath() throws Exception {
        String json = Files.readString(BATTERY);
        for (String bad : new String[] {"-0", "1e-400", "-0.0", "\"1e-400\""}) {
            ModelFormatException e = assertThrows(
                    ModelFormatException.class,
                    () -> ModelJson.parse(
                            json.replace(
                                    "{ \"part\": \"module\", \"quantity\": 2 }",
                                    "{ \"part\": \"module\", \"quantity\": " + bad + " }"),
                            "bad.json"),
                    bad);
            assertEquals("bad.json at $.parts[0].components[0].quantity", e.location(), bad);
        }
        // a plain zero, however written, is a zero
        ModelJson.parse(json.replace("\"scrap\": 0.005", "\"scrap\": 0.0e-5"), "zero.json");
    }
}
