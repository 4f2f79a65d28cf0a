package org.tanji.portal.infrastructure.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.error.FootprintException;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.io.BomImport;
import org.tanji.core.io.ModelDocument;
import org.tanji.core.io.ModelJson;
import org.tanji.core.io.ResultComparison;
import org.tanji.core.io.ResultJson;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.uncertainty.MonteCarlo;
import org.tanji.core.uncertainty.MonteCarloListener;
import org.tanji.core.uncertainty.MonteCarloResult;
import org.tanji.core.uncertainty.SampleStatistics;
import org.tanji.core.uncertainty.Uncertainties;
import org.tanji.factors.DatasetPins;
import org.tanji.factors.FactorLibrary;
import org.tanji.portal.application.BoundedCache;
import org.tanji.portal.application.FootprintEngine;
import org.tanji.portal.application.InvalidInputException;
import org.tanji.portal.application.MonteCarloStatistics;
import org.tanji.portal.application.UploadRejectedException;
import org.tanji.portal.application.UploadedFile;
import org.tanji.portal.infrastructure.factors.FactorLibraries;

/**
 * The footprint engine on carbon-core and the portal's factor library (shipped and loaded datasets). A frozen model never changes, so each is
 * parsed once and kept, keyed by its SHA-256, up to {@link #CACHE_CHARS} characters of model text: calculating a
 * version again (other dataset versions, Monte Carlo, the full result) starts from the parsed model.
 */
@ApplicationScoped
public class CarbonCoreEngine implements FootprintEngine {
    /** Model text kept parsed, counted in characters of JSON (a parsed model takes about as many bytes). */
    static final long CACHE_CHARS = 64L << 20;

    private final BoundedCache<String, Parsed> parsed =
            new BoundedCache<>(CACHE_CHARS, Parsed::chars, Duration.ofHours(6));

    @Inject
    FactorLibraries libraries;

    private record Parsed(ModelDocument document, long chars) {}

    private ModelDocument parse(String sha256, String modelJson) {
        return parsed.get(sha256, sha -> new Parsed(read(modelJson), modelJson.length()))
                .document();
    }

    private static ModelDocument read(String modelJson) {
        try {
            return ModelJson.parseDocument(modelJson, "model");
        } catch (ModelFormatException e) {
            throw new InvalidInputException(e.location().replaceFirst("^model at \\$", "model"), e.getMessage());
        } catch (FootprintException e) {
            throw new InvalidInputException("model", e.getMessage());
        }
    }

    /**
     * Checks a model when it is saved, not when it is first calculated: besides its format, that every factor it
     * names is in the library, units fit, and the BOM has no cycle — by calculating it once.
     */
    @Override
    public void check(String modelJson) {
        calculateWith(libraries.current(), read(modelJson));
    }

    @Override
    public ImportedBom importBom(UploadedFile file, String product, String declaredUnit, String boundary) {
        BomImport.ImportedBom bom;
        try (InputStream in = new ByteArrayInputStream(file.bytes())) {
            if (file.detectedType().equals("text/csv")) {
                bom = BomImport.readCsv(in, file.name());
            } else if (file.detectedType().endsWith("spreadsheetml.sheet")) {
                bom = BomImport.readXlsx(in, file.name(), null);
            } else {
                throw new UploadRejectedException(
                        415,
                        file.name() + " is " + file.detectedType() + "; a bill of materials is a CSV or an XLSX file");
            }
        } catch (ModelFormatException e) {
            throw new InvalidInputException(e.location(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ModelDocument doc;
        try {
            doc = new ModelDocument(
                    bom.toModel(product, declaredUnit(declaredUnit), systemBoundary(boundary)), bom.uncertainties());
        } catch (IllegalArgumentException | FootprintException e) {
            throw new InvalidInputException("file", file.name() + ": " + e.getMessage());
        }
        try {
            // unknown factors, units that do not fit and cycles are told now, not at the first calculation
            FootprintCalculator.using(libraries.current()).calculate(doc.model());
        } catch (FootprintException e) {
            throw new InvalidInputException("file", file.name() + ": " + e.getMessage());
        }
        return new ImportedBom(ModelJson.write(doc), bom.parts().size());
    }

    /** "1 piece", "1 kg": an amount and a unit, each refused under its own field name. */
    private static DeclaredUnit declaredUnit(String text) {
        String[] du = text.strip().split("\\s+", 2);
        try {
            return new DeclaredUnit(Amount.of(Double.parseDouble(du[0]), du.length > 1 ? du[1] : "piece"), null);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("declaredUnit", "must be an amount and a unit such as \"1 piece\"");
        } catch (IllegalArgumentException | FootprintException e) {
            throw new InvalidInputException("declaredUnit", e.getMessage());
        }
    }

    /** A named boundary (cradle-to-gate, …) or the life-cycle stages it includes, separated by commas. */
    private static SystemBoundary systemBoundary(String text) {
        try {
            return SystemBoundary.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("boundary", e.getMessage());
        }
    }

    @Override
    public Calculated calculate(String modelSha256, String modelJson) {
        FactorLibrary library = libraries.current(); // pins must name the library that calculated
        FootprintResult result = calculateWith(library, parse(modelSha256, modelJson));
        return new Calculated(
                result.total(),
                result.gwpSet(),
                new TreeMap<>(library.pinsOf(result).versions()),
                result.libraryVersion(),
                ResultJson.summary(result));
    }

    @Override
    public Recalculated recalculate(
            String modelSha256, String modelJson, Map<String, String> datasetPins, String storedSummary) {
        FootprintResult r = FootprintCalculator.using(libraries.current().pinnedTo(new DatasetPins(datasetPins)))
                .calculate(parse(modelSha256, modelJson).model());
        return new Recalculated(ResultJson.compact(r), ResultComparison.differences(storedSummary, r));
    }

    @Override
    public MonteCarloOutcome monteCarlo(
            String modelSha256, String modelJson, int iterations, long seed, Progress progress) {
        ModelDocument doc = parse(modelSha256, modelJson);
        FootprintResult r = calculateWith(libraries.current(), doc);
        Uncertainties uncertainties = doc.uncertainties().over(Uncertainties.fromDataQuality(r));
        MonteCarloResult run = MonteCarlo.of(doc.model(), r, uncertainties)
                .run(iterations, seed, Runtime.getRuntime().availableProcessors(), new MonteCarloListener() {
                    @Override
                    public void progress(int done, int total) {
                        progress.done(done);
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                });
        return new MonteCarloOutcome(r.total(), statistics(run));
    }

    private static FootprintResult calculateWith(FactorLibrary factors, ModelDocument doc) {
        try {
            return FootprintCalculator.using(factors).calculate(doc.model());
        } catch (FootprintException e) {
            throw new InvalidInputException("model", e.getMessage());
        }
    }

    private static MonteCarloStatistics statistics(MonteCarloResult r) {
        Map<String, MonteCarloStatistics.Stats> stages = new LinkedHashMap<>();
        r.byStage().forEach((stage, s) -> stages.put(stage.key(), stats(s)));
        var h = r.total().histogram(MonteCarloStatistics.BINS);
        return new MonteCarloStatistics(
                stats(r.total()),
                stages,
                new MonteCarloStatistics.Histogram(
                        java.util.Arrays.stream(h.edges()).boxed().toList(),
                        java.util.Arrays.stream(h.counts()).boxed().toList()));
    }

    private static MonteCarloStatistics.Stats stats(SampleStatistics s) {
        return new MonteCarloStatistics.Stats(
                s.mean(), s.standardDeviation(), s.percentile(2.5), s.median(), s.percentile(97.5));
    }
}
