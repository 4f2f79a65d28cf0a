package org.tanji.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.result.FootprintResult;

class ResultComparisonTest {
    /** The example battery: 5.12 kWh LFP, DESNZ 2024 and MEE 2023 factors in the model itself. */
    private static FootprintResult battery() {
        return FootprintCalculator.using(FactorSource.empty())
                .calculate(ModelJson.read(Path.of("../examples/models/lfp-home-battery-5kwh.json")));
    }

    @Test
    void aRecalculationReproducesItsSummary() {
        FootprintResult r = battery();
        assertEquals(List.of(), ResultComparison.differences(ResultJson.summary(r), battery()));
    }

    @Test
    void anotherFormatWithTheSameNumbersStillReproduces() {
        FootprintResult r = battery();
        // the full result: other fields, every part, the lines; the same numbers
        assertEquals(List.of(), ResultComparison.differences(ResultJson.compact(r), battery()));
    }

    @Test
    void aChangedNumberIsNamed() {
        FootprintResult r = battery();
        String total = ResultJson.summary(r).replaceFirst("\"total\":[0-9.Ee+-]+", "\"total\":1.0");
        List<String> differences = ResultComparison.differences(total, battery());
        assertEquals(1, differences.size(), differences.toString());
        assertTrue(differences.get(0).startsWith("total: stored 1.0, now " + r.total()), differences.toString());
    }

    @Test
    void aSummaryThatDoesNotParseIsSaid() {
        assertTrue(ResultComparison.differences("{", battery()).get(0).contains("does not parse"));
    }
}
