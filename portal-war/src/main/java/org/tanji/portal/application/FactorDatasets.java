package org.tanji.portal.application;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.factor.LoadedDataset;
import org.tanji.portal.domain.model.factor.LoadedDatasetRepository;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificateRepository;

/**
 * The scheme administrator's emission-factor datasets: loading a new version (next year's grid factors, a corrected
 * edition) and seeing which certificates pin which version. A loaded version is stored byte for byte and becomes the
 * current one for new calculations; certified calculations keep their pinned versions and recalculate identically.
 */
@ApplicationScoped
public class FactorDatasets {
    /** At most this many certificates are read to answer which pin what. */
    static final int MAX_CERTIFICATES = 20_000;

    @Inject
    FactorCatalogue catalogue;

    @Inject
    LoadedDatasetRepository loaded;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificationService certification;

    @Inject
    AuditLog audit;

    /** A certificate whose calculation pinned a dataset version. */
    public record PinnedBy(String number, String state, String holder, String product, int versionNumber) {}

    /**
     * Checks and stores a dataset version, then makes it part of the library.
     *
     * @throws InvalidInputException naming {@code manifest} or {@code file} when either is not a valid dataset
     */
    @Transactional
    public FactorCatalogue.Dataset load(Caller caller, byte[] manifest, byte[] file) {
        FactorCatalogue.Dataset d = catalogue.check(manifest, file);
        loaded.add(new LoadedDataset(d.dataset(), d.version(), manifest, d.file(), file, caller.login()));
        audit.record(AuditLog.by(caller)
                .did(AuditAction.DATASET_LOADED)
                .on("dataset", d.key())
                .detail(d.title() + ": " + d.factors() + " factors, " + d.licence() + ", SHA-256 " + d.sha256())
                .build());
        catalogue.add(manifest, file); // only once stored: a refused row leaves the library as it was
        return d;
    }

    /** For every dataset version some certificate pins ({@code dataset/version}), those certificates. */
    @Transactional
    public Map<String, List<PinnedBy>> pins(Caller caller) {
        Map<String, List<PinnedBy>> pins = new TreeMap<>();
        for (Certificate c : certificates.list(Visibility.scope(caller.viewer()), 0, MAX_CERTIFICATES)) {
            var calculation = c.application().calculation();
            Map<String, String> versions =
                    StoredJson.read(calculation.datasetVersions(), new TypeReference<Map<String, String>>() {});
            PinnedBy by = new PinnedBy(
                    c.number(),
                    c.state().name(),
                    certification.organisationName(c.applicantOrganisationId()),
                    c.application().productVersion().product().name(),
                    c.application().productVersion().number());
            versions.forEach((dataset, version) -> pins.computeIfAbsent(dataset + "/" + version, k -> new ArrayList<>())
                    .add(by));
        }
        return pins;
    }
}
