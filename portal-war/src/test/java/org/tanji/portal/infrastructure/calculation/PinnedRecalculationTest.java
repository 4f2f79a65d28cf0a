package org.tanji.portal.infrastructure.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tanji.factors.DatasetLoader;
import org.tanji.factors.FactorLibrary;
import org.tanji.portal.application.FootprintEngine;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.infrastructure.factors.FactorLibraries;

/**
 * What a certificate rests on: a calculation recalculated with the dataset versions it pinned gives the certified
 * number again after a newer edition of a dataset was loaded, while a new calculation takes the newer edition.
 */
class PinnedRecalculationTest {
    /**
     * Half a tonne of butane burnt. DESNZ 2024 (flat file v1.1) publishes 3,033.38067 kg CO2e per tonne in AR5
     * GWPs, of which CO2 3,029.26, CH4 2.52 and N2O 1.60067; in AR6 (the default set) the CH4 part is 2.52 / 28 × 29.8
     * (fossil methane) and the N2O part 1.60067 / 265 × 273 (IPCC AR5 WG1 table 8.7, AR6 WG1 table 7.15).
     */
    private static final double CERTIFIED = 0.5 * (3029.26 + 2.52 / 28 * 29.8 + 1.60067 / 265 * 273);

    private static final String MODEL = """
            {"format":"tanji-footprint-model/1","product":"butane burner test","declaredUnit":{"value":1,"unit":"piece"},
             "referenceFlow":1,"systemBoundary":"cradle-to-gate","rootPart":"p",
             "parts":[{"id":"p","name":"p","unit":"piece","activities":[
               {"type":"fuel","id":"butane","amount":{"value":0.5,"unit":"t"},"factor":"desnz-2024:1_100_1000_15"}]}]}
            """;

    private static final String SHIPPED = "/org/tanji/factors/datasets/desnz-2024/1.1/";

    @Test
    void aPinnedCalculationGivesTheCertifiedNumberAfterANewerDatasetIsLoaded(@TempDir Path dir) throws Exception {
        CarbonCoreEngine engine = new CarbonCoreEngine();
        engine.libraries = FactorLibraries.startingFrom(FactorLibrary.shipped());
        String sha = Sha256.of(MODEL);
        FootprintEngine.Calculated certified = engine.calculate(sha, MODEL);
        assertEquals(CERTIFIED, certified.totalKgCo2e(), 1e-9);
        assertEquals(Map.of("desnz-2024", "1.1-by-gas"), certified.datasetPins());

        engine.libraries.add(DatasetLoader.load(newerEdition(dir, 3100.0)));
        assertEquals(0.5 * 3100.0, engine.calculate(sha, MODEL).totalKgCo2e(), 1e-9, "new calculations: 2.0");

        FootprintEngine.Recalculated again =
                engine.recalculate(sha, MODEL, certified.datasetPins(), certified.summary());
        assertEquals(List.of(), again.differences());
        assertEquals(
                CERTIFIED,
                org.tanji.portal.application.StoredJson.tree(again.fullResult())
                        .get("total")
                        .asDouble(),
                0);
        assertNotEquals(certified.summary(), engine.calculate(sha, MODEL).summary());
    }

    /** A version 2.0 of the DESNZ dataset with one factor, butane's, at {@code kgPerTonne}. */
    private static Path newerEdition(Path dir, double kgPerTonne) throws Exception {
        String header;
        try (InputStream in = FactorLibrary.class.getResourceAsStream(SHIPPED + "factors.csv")) {
            header = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElseThrow();
        }
        byte[] csv = (header + "\ndesnz-2024:1_100_1000_15,Gaseous fuels | Butane,,Fuels,UK,,2025,t,tonnes,CO2e,"
                        + kgPerTonne + ",kg,AR5,test edition\n")
                .getBytes(StandardCharsets.UTF_8);
        String manifest;
        try (InputStream in = FactorLibrary.class.getResourceAsStream(SHIPPED + "manifest.json")) {
            manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        manifest = manifest.replace("\"version\": \"1.1\"", "\"version\": \"2.0\"")
                .replaceAll("\"rows\": \\d+", "\"rows\": 1")
                .replaceAll("\"factors\": \\d+", "\"factors\": 1")
                .replaceAll("\"sha256\": \"[0-9a-f]+\"", "\"sha256\": \"" + Sha256.of(csv) + "\"");
        Files.write(dir.resolve("factors.csv"), csv);
        Files.writeString(dir.resolve("manifest.json"), manifest);
        return dir;
    }
}
