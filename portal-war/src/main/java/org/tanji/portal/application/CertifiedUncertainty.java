package org.tanji.portal.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.tanji.portal.application.PublicVerification.Uncertainty;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.product.MonteCarloRun;
import org.tanji.portal.domain.model.product.MonteCarloRunRepository;
import org.tanji.portal.domain.model.workflow.ApplicationRepository;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificationApplication;

/**
 * The uncertainty a certificate may state: the 95 % interval of a Monte Carlo run its certification froze. Only a
 * run the snapshot names, whose statistics still hash to what the snapshot holds, and whose deterministic footprint
 * is the certified number (a run made on other dataset versions says nothing about this one); of several such runs,
 * the one with the most draws. Where there is none, the certificate states no interval rather than a guess.
 */
@ApplicationScoped
public class CertifiedUncertainty {
    private static final Logger LOG = Logger.getLogger(CertifiedUncertainty.class.getName());

    @Inject
    ApplicationRepository applications;

    @Inject
    MonteCarloRunRepository runs;

    /** The interval for {@code c}, or null. */
    Uncertainty of(Certificate c) {
        CertificationApplication a = c.application();
        String snapshot = applications.snapshot(a.id(), a.round()).orElse(null);
        if (snapshot == null || !Sha256.of(snapshot).equals(c.snapshotSha256())) {
            LOG.warning(() -> "certificate " + c.number() + ": the application's last snapshot is not the one it"
                    + " certifies; its Monte Carlo runs are not stated");
            return null;
        }
        Uncertainty best = null;
        for (JsonNode named : StoredJson.tree(snapshot).path("monteCarlo")) {
            Uncertainty u = certified(c, named);
            if (u != null && (best == null || u.iterations() > best.iterations())) {
                best = u;
            }
        }
        return best;
    }

    private Uncertainty certified(Certificate c, JsonNode named) {
        MonteCarloRun run = runs.find(named.path("id").asText());
        if (run == null || run.statistics() == null) {
            return null;
        }
        if (!Sha256.of(run.statistics()).equals(named.path("statisticsSha256").asText())) {
            LOG.severe(() -> "certificate " + c.number() + ": Monte Carlo run " + run.id()
                    + " no longer hashes to what its certification froze; its interval is not stated");
            return null;
        }
        Double deterministic = run.deterministicKgCo2e();
        double certified = c.totalKgCo2e();
        if (deterministic == null || Math.abs(deterministic - certified) > 1e-9 * Math.abs(certified)) {
            return null;
        }
        MonteCarloStatistics.Stats total =
                MonteCarloStatistics.fromJson(run.statistics()).total();
        return new Uncertainty(total.p2_5(), total.p97_5(), run.iterations(), run.seed());
    }
}
