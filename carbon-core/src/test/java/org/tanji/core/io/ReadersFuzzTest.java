package org.tanji.core.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.tanji.core.error.FootprintException;

/**
 * Fuzz targets for every reader of a user's file: whatever the bytes, a reader gives a model or a named error
 * ({@link FootprintException}: a file, a place and what to fix) — never another exception, which the portal would
 * answer 500. {@code mvn verify} runs each on its regression corpus ({@code ReadersFuzzTestInputs/<target>/} in the
 * test resources, plus an empty input); to fuzz one target for ten minutes (what it finds lands in
 * {@code carbon-core/.cifuzz-corpus}; a crash is written as a new regression input):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl carbon-core test -Dtest='ReadersFuzzTest#modelJson'
 * }</pre>
 */
class ReadersFuzzTest {

    private static void namedErrorOnly(Runnable read) {
        try {
            read.run();
        } catch (FootprintException expected) {
            // a named error with its place: what a bad file must give
        }
    }

    @FuzzTest(maxDuration = "10m")
    void modelJson(byte[] input) {
        namedErrorOnly(() -> ModelJson.readDocument(new ByteArrayInputStream(input), "fuzz.json"));
    }

    @FuzzTest(maxDuration = "10m")
    void processJson(byte[] input) {
        namedErrorOnly(
                () -> ProcessJson.parse(new String(input, java.nio.charset.StandardCharsets.UTF_8), "fuzz.json"));
    }

    @FuzzTest(maxDuration = "10m")
    void bomCsv(byte[] input) {
        namedErrorOnly(() -> BomImport.readCsv(new ByteArrayInputStream(input), "fuzz.csv"));
    }

    @FuzzTest(maxDuration = "10m")
    void bomXlsx(byte[] input) {
        namedErrorOnly(() -> BomImport.readXlsx(new ByteArrayInputStream(input), "fuzz.xlsx", null));
    }

    /** Well-formed workbooks with fuzzed contents (see {@link FuzzedWorkbook}): the sheet reader's own logic. */
    @FuzzTest(maxDuration = "10m")
    void bomXlsxStructured(FuzzedDataProvider data) {
        String sheet = data.consumeBoolean() ? null : data.consumeString(8);
        byte[] workbook = FuzzedWorkbook.from(data);
        namedErrorOnly(() -> BomImport.readXlsx(new ByteArrayInputStream(workbook), "fuzz.xlsx", sheet));
    }
}
