package org.tanji.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TanjiCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TanjiCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsATableAndWritesTheFullResult(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("result.json");
        int status = run("../examples/models/lfp-home-battery-5kwh.json", "--out", json.toString(), "--top", "3");
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("Total (kg CO2e)"), table);
        assertTrue(table.contains("1. pack/round-trip losses"), table);
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertEquals("tanji-footprint-result/1", result.get("format").asText());
        // use phase: 0.46 kWh × 6000 × 0.20705 kg CO2e/kWh (DESNZ 2024 UK electricity)
        assertEquals(571.458, result.get("byStage").get("use").get("total").asDouble(), 1e-9);
        assertEquals(
                15, result.get("lines").size()); // 9 pack lines (2 end-of-life routes), 3 module, 1 cell, 2 enclosure
    }

    @Test
    void badInputExitsOneWithAOneLineReason(@TempDir Path dir) throws Exception {
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "part,parent,quantity,unit,factor\nchair,,1,piece,\nsteel,chair,4,kg,unknown-steel\n");
        assertEquals(1, run(bom.toString()));
        String reason = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, reason.lines().count());
        assertTrue(reason.contains("Unknown emission factor 'unknown-steel'"), reason);
    }

    @Test
    void badCommandLineExitsTwo() {
        assertEquals(2, run("--gwp"));
        assertEquals(2, run());
        assertEquals(0, run("--help"));
    }

    @Test
    void monteCarloUsesTheModelsOwnUncertaintyAndIsReproducible() {
        assertEquals(
                0,
                run("../examples/models/lfp-home-battery-5kwh.json", "--monte-carlo", "2000", "--seed", "3"),
                err.toString(StandardCharsets.UTF_8));
        String first = out.toString(StandardCharsets.UTF_8);
        assertTrue(
                first.contains("Monte Carlo: 2000 iterations, seed 3; uncertain values: 3 stated in the model"), first);
        assertTrue(first.contains("95 % interval"), first);
        out.reset();
        run("../examples/models/lfp-home-battery-5kwh.json", "--monte-carlo", "2000", "--seed", "3");
        assertEquals(first, out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("../examples/models/aluminium-ingot-system.json", "--monte-carlo", "500"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 exchange(s) with a stated uncertainty"));
        assertEquals(2, run("../examples/models/lfp-home-battery-5kwh.json", "--monte-carlo", "many"));
    }

    @Test
    void numbersKeepSignificantDigitsAndLabelsBreakBetweenWords() {
        assertEquals("9106.92", ResultTable.fmt(9106.91851));
        assertEquals("0.000123457", ResultTable.fmt(0.000123456789));
        assertEquals("0", ResultTable.fmt(0));
        String label = "  1. enclosure/powder-coated steel sheet with zinc phosphate pre-treatment line";
        java.util.List<String> lines = ResultTable.wrap(label);
        assertEquals(
                java.util.List.of(
                        "  1. enclosure/powder-coated steel sheet with zinc", "     phosphate pre-treatment line"),
                lines);
        lines.forEach(l -> assertTrue(l.length() <= ResultTable.LABEL, l));
    }
}
