package org.tanji.portal.application;

import java.util.List;
import java.util.Map;

/**
 * The port to the footprint engine: everything the portal asks of carbon-core and the factor library, implemented
 * in infrastructure.calculation, so that only that package knows them. Models travel as their stored text
 * (tanji-footprint-model/1 JSON) with its SHA-256, which the engine uses to parse each model once.
 *
 * <p>Bad input (a model that does not parse, a factor that is missing) comes back as {@link InvalidInputException}
 * with the field path.
 */
public interface FootprintEngine {

    /** Checks a model's text. */
    void check(String modelJson);

    /** A bill of materials (CSV or XLSX) as the model text of {@code product}, with how many parts it has. */
    ImportedBom importBom(UploadedFile file, String product, String declaredUnit, String boundary);

    /** Calculates with the factor library's current datasets. */
    Calculated calculate(String modelSha256, String modelJson);

    /** Calculates again with the pinned dataset versions and compares the numbers with a stored summary. */
    Recalculated recalculate(
            String modelSha256, String modelJson, Map<String, String> datasetPins, String storedSummary);

    /**
     * Monte Carlo with the uncertainty the model states, and data-quality defaults for the factors it states none
     * for; reproducible from {@code seed}.
     */
    MonteCarloOutcome monteCarlo(String modelSha256, String modelJson, int iterations, long seed, Progress progress);

    /** A model made from a bill of materials. */
    record ImportedBom(String modelJson, int parts) {}

    /** What a calculation keeps: the numbers, what reproduces them, and the summary to show and check. */
    record Calculated(
            double totalKgCo2e,
            String gwpSet,
            Map<String, String> datasetPins,
            String libraryVersion,
            String summary) {}

    /** The full result of a recalculation, and how its numbers differ from the stored ones (empty: they do not). */
    record Recalculated(String fullResult, List<String> differences) {}

    /** A finished run: the deterministic total beside the statistics. */
    record MonteCarloOutcome(double deterministicKgCo2e, MonteCarloStatistics statistics) {}

    /** Progress of a long run, and whether its owner asked to stop. */
    interface Progress {
        void done(int iterations);

        boolean cancelled();
    }
}
