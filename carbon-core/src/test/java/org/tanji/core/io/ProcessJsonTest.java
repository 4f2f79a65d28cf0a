package org.tanji.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.solver.SystemMonteCarlo;
import org.tanji.core.calc.solver.SystemResult;
import org.tanji.core.calc.solver.SystemSolver;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.uncertainty.Uncertainty;

class ProcessJsonTest {
    private static final Path ALUMINIUM = Path.of("../examples/models/aluminium-ingot-system.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = ProcessJson.class.getResourceAsStream("process-system.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    @Test
    void exampleValidatesRoundTripsAndSolves() throws Exception {
        assertTrue(schema().validate(MAPPER.readTree(ALUMINIUM.toFile())).isEmpty());
        ProcessJson.ProcessSystemFile file = ProcessJson.read(ALUMINIUM);
        String written = ProcessJson.write(file);
        assertTrue(schema().validate(MAPPER.readTree(written)).isEmpty());
        assertEquals(MAPPER.readTree(written), MAPPER.readTree(ProcessJson.write(ProcessJson.parse(written, "w"))));
        SystemResult r = SystemSolver.of(file.system(), org.tanji.core.factor.GwpSet.AR6, file.methods())
                .solve(file.demand());
        // the smelter's own emissions for 1 t: 1550 kg CO2 + 0.040 kg CF4 × 7380 + 0.004 kg C2F6 × 12400 (AR6)
        double smelter = r.directContributions().stream()
                .filter(c -> c.process().equals("smelter"))
                .findFirst()
                .orElseThrow()
                .kgCo2e();
        assertEquals(1550 + 0.04 * 7380 + 0.004 * 12400, smelter, 1e-9);
        assertEquals(1.0, r.scaling("smelter"), 1e-12);
        assertTrue(r.scaling("power-plant") > 13.5, "the grid's own use and the coal loop add to 13.5 MWh");
    }

    @Test
    void errorsNameTheJsonPath() {
        ModelFormatException e = assertThrows(
                ModelFormatException.class,
                () -> ProcessJson.parse(
                        "{\"format\": \"tanji-process-system/1\", \"name\": \"x\", \"demand\": {\"product\": \"a\", \"amount\":"
                                + " {\"value\": 1, \"unit\": \"kg\"}}, \"processes\": [{\"id\": \"p\", \"reference\": {\"kind\":"
                                + " \"output\", \"flow\": \"a\", \"amount\": {\"value\": 1, \"unit\": \"kg\"}}, \"exchanges\":"
                                + " [{\"kind\": \"gift\", \"flow\": \"b\", \"amount\": {\"value\": 1, \"unit\": \"kg\"}}]}]}",
                        "s.json"));
        assertEquals("s.json at $.processes[0].exchanges[0].kind", e.location());
    }

    @Test
    void exchangeUncertaintiesReachTheSystemMonteCarlo() throws Exception {
        ProcessJson.ProcessSystemFile file = ProcessJson.read(ALUMINIUM);
        assertEquals(Uncertainty.normalAroundStated(0.5), file.uncertainties().get("smelter|electricity"));
        assertEquals(
                Uncertainty.lognormalAroundStated(1.5), file.uncertainties().get("smelter|CF4"));
        SystemMonteCarlo mc = SystemMonteCarlo.of(
                SystemSolver.of(file.system(), org.tanji.core.factor.GwpSet.AR6, file.methods()), file.uncertainties());
        assertEquals(2, mc.inputs());
        assertEquals(
                file.uncertainties(),
                ProcessJson.parse(ProcessJson.write(file), "w").uncertainties());
        assertTrue(schema().validate(MAPPER.readTree(ProcessJson.write(file))).isEmpty());
    }

    @Test
    void methodsOfOtherFlowsAreReadAndReported() throws Exception {
        ProcessJson.ProcessSystemFile file = ProcessJson.read(ALUMINIUM);
        assertEquals("blue water use (illustrative)", file.methods().get(0).name());
        SystemResult r = SystemSolver.of(file.system(), org.tanji.core.factor.GwpSet.AR6, file.methods())
                .solve(file.demand());
        // 1 t ingot takes 1.93 t alumina, each 3.2 m3 of water at the refinery: 6.176 m3
        assertEquals(1.93 * 3.2, r.impacts().get(0).total(), 1e-9);
        assertEquals(
                file.methods(), ProcessJson.parse(ProcessJson.write(file), "w").methods());
        assertEquals(
                1.93 * 3.2,
                MAPPER.readTree(SystemResultJson.write(r))
                        .get("impacts")
                        .get("blue water use (illustrative)")
                        .get("total")
                        .asDouble(),
                1e-9);
    }
}
