package org.tanji.factors;

/**
 * What a dataset version is and where it comes from: the manifest shipped beside its factors.
 *
 * @param dataset dataset id, e.g. {@code desnz-2024}
 * @param version the publisher's version, e.g. {@code 1.1}
 * @param title the source document
 * @param publisher who published it
 * @param year the publication or reference year
 * @param licence the licence of the data
 * @param attribution the text users of the data must show
 * @param secondary true when the numbers are copies from a secondary source, to be replaced by the official file
 * @param sourceUrl where the original is published
 * @param copyUsed the copy the numbers were taken from
 * @param notes how to read the numbers
 * @param file the factor file, relative to the manifest
 * @param rows rows in the factor file (one per gas of a factor)
 * @param factors distinct factors
 * @param sha256 SHA-256 of the factor file's bytes
 */
public record DatasetManifest(
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
