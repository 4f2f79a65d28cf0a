package org.tanji.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tanji.factors.TestDatasets.HEADER;

import org.junit.jupiter.api.Test;
import org.tanji.core.error.UnknownUnitException;

/** Broken datasets fail loudly, naming the file and the row. */
class DatasetLoaderTest {
    private static final String GOOD = HEADER
            + "t:steel,Steel,,Metals,GLO,,2025,kg,kg,CO2e,2.1,,AR6,\n"
            + "t:grid,Grid,,Electricity,CN-FJ,福建,2025,kWh,kWh,CO2-fossil,0.42,,,\n"
            + "t:grid,Grid,,Electricity,CN-FJ,福建,2025,kWh,kWh,CH4-fossil,0.01,g,,\n";

    private static DatasetException broken(String csv) {
        return assertThrows(DatasetException.class, () -> TestDatasets.load("t", "1", csv));
    }

    @Test
    void aGoodDatasetLoadsWithItsProvenance() {
        Dataset d = TestDatasets.load("t", "1", GOOD);
        assertEquals(2, d.factors().size());
        LibraryFactor grid = d.factors().get(1);
        assertEquals(0.00001, grid.factor().gases().get(1).kg(), 1e-18); // 0.01 g
        assertEquals("t", grid.factor().provenance().dataset());
        assertEquals("1", grid.factor().provenance().version());
        assertEquals("CN-FJ", grid.region());
    }

    @Test
    void aChangedFileFailsItsChecksum() {
        String manifest = TestDatasets.manifest("t", "1", GOOD, "CC0-1.0", TestDatasets.sha256(GOOD));
        DatasetException e = assertThrows(
                DatasetException.class,
                () -> DatasetLoader.load("t/1", TestDatasets.folder(manifest, GOOD.replace("2.1", "2.2"))));
        assertTrue(e.getMessage().startsWith("t/1/factors.csv: SHA-256 is "), e.getMessage());
    }

    @Test
    void aDatasetWithoutLicenceIsRefused() {
        DatasetException e = assertThrows(
                DatasetException.class,
                () -> DatasetLoader.load(
                        "t/1",
                        TestDatasets.folder(
                                TestDatasets.manifest("t", "1", GOOD, "", TestDatasets.sha256(GOOD)), GOOD)));
        assertEquals("t/1/manifest.json has no licence; every shipped dataset names its licence", e.getMessage());
    }

    @Test
    void badRowsNameFileRowAndColumn() {
        assertEquals(
                "dataset t/1 is broken: t/1/factors.csv, row 3, column 'unit': Unknown unit 'kWhh': write one of "
                        + UnknownUnitException.ACCEPTED,
                broken(GOOD.replace("kWh,kWh,CO2-fossil", "kWhh,kWh,CO2-fossil"))
                        .getMessage());
        assertTrue(broken(GOOD.replace("2.1", "NaN"))
                .getMessage()
                .contains("row 2, column 'amount': is NaN; it must be a finite number"));
        assertTrue(broken(GOOD.replace("2.1", "-2.1")).getMessage().contains("row 2, column 'amount': is -2.1"));
        assertTrue(broken(GOOD + "t:steel,Steel again,,Metals,GLO,,2025,kg,kg,CO2e,2.0,,AR6,\n")
                .getMessage()
                .contains("row 5, column 'id': 't:steel' was defined by earlier rows"));
        assertTrue(broken(GOOD.replace("0.01,g", "0.01,kWh")).getMessage().contains("column 'amount_unit'"));
        assertTrue(broken(GOOD.replace(",AR6,", ",,")).getMessage().contains("column 'gwp_set'"));
    }

    @Test
    void aMissingFileIsNamed() {
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.load("t/1", name -> null));
        assertEquals("t/1/manifest.json is missing", e.getMessage());
    }
}
