package org.tanji.portal.application;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.product.Calculation;
import org.tanji.portal.domain.model.product.EvidenceDocument;
import org.tanji.portal.domain.model.product.MonteCarloRun;
import org.tanji.portal.domain.model.product.ProductVersion;

/**
 * What a submission certifies, frozen: the product version (its model's SHA-256), the calculation with the dataset
 * versions, library version and GWP set that reproduce it, the evidence documents by content hash, and the finished
 * Monte Carlo runs with their seeds. Written as JSON with sorted keys and no white space, so that the same facts
 * always give the same text, and hashed: the hash is what the verification statement, the decision and the
 * certificate refer to.
 */
final class CertificationSnapshot {
    static final String FORMAT = "tanji-certification-snapshot/1";

    private CertificationSnapshot() {}

    /** The snapshot text and its SHA-256. */
    record Frozen(String text, String sha256) {}

    static Frozen of(
            long applicantOrganisation,
            long certificationBody,
            String renews,
            ProductVersion version,
            Calculation calculation,
            List<EvidenceDocument> evidence,
            List<MonteCarloRun> runs) {
        Map<String, Object> s = new TreeMap<>();
        s.put("format", FORMAT);
        s.put("applicantOrganisation", applicantOrganisation);
        s.put("certificationBody", certificationBody);
        if (renews != null) {
            s.put("renews", renews);
        }
        s.put(
                "product",
                sorted(Map.of(
                        "id", version.product().id(), "name", version.product().name())));
        s.put(
                "version",
                sorted(Map.of("id", version.id(), "number", version.number(), "modelSha256", version.modelSha256())));
        Map<String, Object> calc = new TreeMap<>();
        calc.put("id", calculation.id());
        calc.put("totalKgCo2e", calculation.totalKgCo2e());
        calc.put("gwpSet", calculation.gwpSet());
        calc.put("libraryVersion", calculation.libraryVersion());
        calc.put("inputSha256", calculation.inputSha256());
        if (calculation.resultSha256() != null) {
            calc.put("resultSha256", calculation.resultSha256());
        }
        calc.put(
                "datasetVersions",
                new TreeMap<>(
                        StoredJson.read(calculation.datasetVersions(), new TypeReference<Map<String, String>>() {})));
        s.put("calculation", calc);
        s.put(
                "evidence",
                evidence.stream()
                        .sorted(Comparator.comparing(EvidenceDocument::id))
                        .map(d -> sorted(Map.of(
                                "id", d.id(),
                                "fileName", d.fileName(),
                                "sha256", d.sha256(),
                                "sizeBytes", d.sizeBytes())))
                        .toList());
        s.put(
                "monteCarlo",
                runs.stream()
                        .filter(r -> r.status() == MonteCarloRun.Status.DONE)
                        .sorted(Comparator.comparing(MonteCarloRun::id))
                        .map(r -> sorted(Map.of(
                                "id", r.id(),
                                "iterations", r.iterations(),
                                "seed", r.seed(),
                                "statisticsSha256", Sha256.of(r.statistics()))))
                        .toList());
        String text = StoredJson.write(s);
        return new Frozen(text, Sha256.of(text));
    }

    private static Map<String, Object> sorted(Map<String, Object> m) {
        return new TreeMap<>(m);
    }
}
