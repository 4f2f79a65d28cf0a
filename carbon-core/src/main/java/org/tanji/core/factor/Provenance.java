package org.tanji.core.factor;

/**
 * Where an emission factor comes from, so a certifier can trace it.
 *
 * @param source the publisher and document, e.g. "DESNZ/Defra GHG Conversion Factors 2024"
 * @param dataset the dataset id, e.g. "desnz-2024"
 * @param version the dataset version, e.g. "1.1"
 * @param region region code or name the factor represents (UK, CN-FJ, GLO …)
 * @param year reference year of the factor
 * @param licence licence of the data, e.g. "OGL-UK-3.0"
 */
public record Provenance(String source, String dataset, String version, String region, Integer year, String licence) {

    /** Provenance of values the model itself states (measured at the site), with no external dataset. */
    public static Provenance primaryData(String source) {
        return new Provenance(source, "model", null, null, null, null);
    }

    /** "desnz-2024 1.1" or the source alone. */
    public String datasetVersion() {
        if (dataset == null) {
            return source;
        }
        return version == null ? dataset : dataset + " " + version;
    }
}
