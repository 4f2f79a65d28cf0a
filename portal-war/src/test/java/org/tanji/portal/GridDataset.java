package org.tanji.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-factor dataset version of China's national grid average electricity factor, as an administrator would load
 * it (manifest.json and factors.csv), and a model drawing a given amount of electricity with it. Values are MEE's
 * published national averages, kg CO2/kWh: 0.5703 (announced 2023 for 2022 reporting) and 0.5366 (2022 average, MEE
 * & NBS announcement 2024 No.33).
 */
final class GridDataset {
    static final double EARLIER = 0.5703;
    static final double LATER = 0.5366;
    private static final String HEADER = "id,name,name_zh,category,region,region_zh,year,unit,source_unit,gas,amount,"
            + "amount_unit,gwp_set,note\n";

    final String dataset;

    GridDataset(String dataset) {
        this.dataset = dataset;
    }

    String factor() {
        return dataset + ":cn-average";
    }

    byte[] csv(double kgPerKWh) {
        return (HEADER + factor() + ",China national grid average electricity,全国电网平均,Grid electricity,CN,中国,2022,"
                        + "kWh,kWh,CO2-fossil," + kgPerKWh + ",kg,,test edition\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    Map<String, Object> manifest(String version, byte[] csv) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "China grid average, test edition " + version);
        m.put("publisher", "生态环境部 (Ministry of Ecology and Environment)");
        m.put("year", 2022);
        m.put("licence", "PRC official document (Copyright Law Art. 5)");
        m.put("attribution", "MEE electricity CO2 emission factor announcements");
        m.put("secondary", true);
        m.put("sourceUrl", "https://www.mee.gov.cn/");
        m.put("copyUsed", "test");
        m.put("notes", "a dataset of the test");
        m.put("dataset", dataset);
        m.put("version", version);
        m.put("file", "factors.csv");
        m.put("rows", 1);
        m.put("factors", 1);
        m.put(
                "sha256",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)));
        return m;
    }

    /** Loads version {@code version} with the factor at {@code kgPerKWh} as {@code who}. */
    Api.Reply load(Api who, String version, double kgPerKWh) throws Exception {
        byte[] csv = csv(kgPerKWh);
        return upload(who, manifest(version, csv), csv);
    }

    static Api.Reply upload(Api who, Map<String, Object> manifest, byte[] csv) throws Exception {
        Map<String, Api.Part> parts = new LinkedHashMap<>();
        parts.put("manifest", new Api.Part("manifest.json", "application/json", Api.JSON.writeValueAsBytes(manifest)));
        parts.put("file", new Api.Part("factors.csv", "text/csv", csv));
        return who.multipart("POST", "/api/datasets", parts, null);
    }

    /** A product drawing {@code kWh} of grid electricity per piece, with this dataset's factor. */
    Map<String, Object> model(double kWh) {
        Map<String, Object> amount = Map.of("value", kWh, "unit", "kWh");
        Map<String, Object> activity =
                Map.of("type", "material", "id", "press electricity", "factor", factor(), "amount", amount);
        Map<String, Object> part =
                Map.of("id", "press", "unit", "piece", "components", List.of(), "activities", List.of(activity));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "tanji-footprint-model/1");
        m.put("product", "press");
        m.put("systemBoundary", "cradle-to-gate");
        m.put("declaredUnit", Map.of("value", 1, "unit", "piece"));
        m.put("referencePeriod", Map.of("start", "2025-01-01", "end", "2025-12-31"));
        m.put("rootPart", "press");
        m.put("parts", List.of(part));
        return m;
    }
}
