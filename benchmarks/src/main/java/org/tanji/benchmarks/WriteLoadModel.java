package org.tanji.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tanji.core.io.ModelJson;
import org.tanji.core.model.FootprintModel;

/**
 * Writes the generated 1,000-line BOM as a self-contained model file (its 200 factors embedded), the calculation
 * the portal's load test sends.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.WriteLoadModel target/load-model.json}
 */
public final class WriteLoadModel {
    private WriteLoadModel() {}

    public static void main(String[] args) throws Exception {
        GeneratedBom g = new GeneratedBom(args.length > 1 ? Integer.parseInt(args[1]) : 1_000, 8, 42);
        FootprintModel m = g.model;
        FootprintModel withFactors = new FootprintModel(
                m.name(),
                m.description(),
                m.declaredUnit(),
                m.referenceFlow(),
                m.referencePeriod(),
                m.boundary(),
                m.rootPartId(),
                m.parts(),
                g.factorList);
        Path file = Path.of(args.length > 0 ? args[0] : "load-model.json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, ModelJson.write(withFactors));
    }
}
