package org.tanji.portal.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port to the emission-factor library for searching and showing factors; implemented in
 * infrastructure.calculation beside the footprint engine, the only place that knows the library.
 */
public interface FactorCatalogue {

    /**
     * Ranked search; any criterion may be null.
     *
     * @throws InvalidInputException naming {@code unit} when it is not a unit
     */
    List<Factor> search(String text, String category, String region, String unit, Integer year, int limit);

    Optional<Factor> find(String id);

    /** Every dataset version with its source, licence and the attribution its licence requires. */
    List<Dataset> datasets();

    /** The factors of one dataset version ({@code dataset/version}), in file order; empty when there is no such. */
    Optional<List<Factor>> factorsOf(String key);

    /**
     * Reads a dataset version an administrator uploads — its {@code manifest.json} and the factor file it names —
     * and checks it as the shipped datasets are checked (checksum, row count, licence, units, values) and that it
     * fits the library: a version not there yet, no factor id that belongs to another dataset.
     *
     * @throws InvalidInputException naming {@code manifest} or {@code file} and saying what to fix
     */
    Dataset check(byte[] manifest, byte[] file);

    /** Adds a checked version to the library; it becomes the current version of its dataset from now on. */
    void add(byte[] manifest, byte[] file);

    /** Number of factors in the current datasets. */
    int size();

    /**
     * An emission factor as people read it: what it is per, what it states, and where it comes from.
     *
     * @param gases kg of each gas per unit (gas code → kg)
     * @param co2e kg CO2e per unit by category, made with {@code gwpSet}
     */
    record Factor(
            String id,
            String name,
            String nameZh,
            String category,
            String unit,
            String region,
            String regionZh,
            Integer year,
            Map<String, Double> gases,
            Map<String, Double> co2e,
            String gwpSet,
            String dataset,
            String version,
            String source,
            String licence,
            boolean secondary,
            boolean primary,
            String note) {}

    /** A dataset version's manifest. */
    record Dataset(
            String dataset,
            String version,
            String title,
            String publisher,
            int year,
            String licence,
            String attribution,
            boolean secondary,
            String sourceUrl,
            String copyUsed,
            String notes,
            String file,
            int rows,
            int factors,
            String sha256) {

        /** {@code dataset/version}. */
        public String key() {
            return dataset + "/" + version;
        }
    }
}
