package org.tanji.benchmarks;

import java.util.Locale;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.result.FootprintResult;

/**
 * Heap retained by a generated model and by its result, for 1k to 1M lines: does memory grow linearly?
 *
 * <p>{@code java -Xmx6g -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.ResultMemory}
 */
public final class ResultMemory {
    private ResultMemory() {}

    public static void main(String[] args) {
        System.out.println("lines      model bytes  bytes/line   result bytes  bytes/line");
        for (int lines : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
            long before = used();
            GeneratedBom bom = new GeneratedBom(lines, 8, 42);
            long afterModel = used();
            FootprintResult result = FootprintCalculator.using(bom.factors).calculate(bom.model);
            long afterResult = used();
            System.out.printf(
                    Locale.ROOT,
                    "%-9d %12d %11.1f %14d %11.1f   (total %.3f)%n",
                    lines,
                    afterModel - before,
                    (afterModel - before) / (double) lines,
                    afterResult - afterModel,
                    (afterResult - afterModel) / (double) lines,
                    result.total());
            bom = null;
            result = null;
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
