package org.tanji.factors;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/** Small datasets written in the test, with a manifest that matches them unless told otherwise. */
final class TestDatasets {
    static final String HEADER = "id,name,name_zh,category,region,region_zh,year,unit,source_unit,gas,amount,"
            + "amount_unit,gwp_set,note\n";

    private TestDatasets() {}

    static String manifest(String dataset, String version, String csv, String licence, String sha256) {
        return "{\"dataset\": \"" + dataset + "\", \"version\": \"" + version + "\", \"title\": \"Test factors "
                + version + "\", \"publisher\": \"test\", \"year\": 2025, \"licence\": \"" + licence + "\","
                + " \"attribution\": \"Test data.\", \"secondary\": false, \"sourceUrl\": null, \"copyUsed\": null,"
                + " \"notes\": \"\", \"file\": \"factors.csv\", \"rows\": " + (csv.split("\n").length - 1) + ","
                + " \"factors\": "
                + csv.lines().skip(1).map(l -> l.split(",")[0]).distinct().count() + ", \"sha256\": \""
                + sha256 + "\"}";
    }

    static Dataset load(String dataset, String version, String csv) {
        return DatasetLoader.load(
                dataset + "/" + version, folder(manifest(dataset, version, csv, "CC0-1.0", sha256(csv)), csv));
    }

    static DatasetLoader.Folder folder(String manifest, String csv) {
        Map<String, String> files = Map.of("manifest.json", manifest, "factors.csv", csv);
        return name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8))
                : null;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
