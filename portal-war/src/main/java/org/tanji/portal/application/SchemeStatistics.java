package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.product.ProductCategory;
import org.tanji.portal.domain.model.workflow.ApplicationRepository;
import org.tanji.portal.domain.model.workflow.ApplicationState;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificateRepository;
import org.tanji.portal.domain.model.workflow.CertificationApplication;

/**
 * The supervisor's figures over the whole scheme, per certification body and per product category: how many
 * applications, how many open, approved and rejected, the rejection rate, the days from application to decision, and
 * the certified footprints — averaged only among certificates of the same declared unit, since a mean of "per piece"
 * and "per kg" means nothing.
 */
@ApplicationScoped
public class SchemeStatistics {
    /** At most this many applications and certificates are read; a larger scheme needs a reporting database. */
    static final int MAX_ROWS = 50_000;

    /** The words the figures come with, so no reader has to guess what was counted. */
    static final String DEFINITIONS = "Applications: every application past its draft. Decided: approved (certified) or"
            + " rejected; withdrawn ones are counted apart. Rejection rate: rejected ÷ decided. Days to decision: from"
            + " the application being opened to its (latest) decision. Footprints: issued certificates, whatever"
            + " their state now, averaged per declared unit only.";

    @Inject
    ApplicationRepository applications;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificationService certification;

    @Inject
    PublicVerification publicVerification;

    /** The certified footprints of one declared unit in a group. */
    public record Footprints(
            String declaredUnit, long certificates, double meanKgCo2e, double minKgCo2e, double maxKgCo2e) {}

    /**
     * One group's figures; rates and days are null where nothing was decided.
     *
     * @param key the body's id or the category's name ({@code UNCATEGORISED} for products without one)
     */
    public record Group(
            String key,
            String name,
            long applications,
            long open,
            long approved,
            long rejected,
            long withdrawn,
            Double rejectionRate,
            Double meanDaysToDecision,
            Double medianDaysToDecision,
            long validCertificates,
            List<Footprints> footprints) {}

    /** The scheme's figures at {@code at}. */
    public record Statistics(
            Instant at, Group overall, List<Group> byBody, List<Group> byCategory, String definitions) {}

    @Transactional
    public Statistics of(Caller caller) {
        Visibility.Scope scope = Visibility.scope(caller.viewer());
        List<CertificationApplication> cases = applications.list(scope, null, 0, MAX_ROWS).stream()
                .filter(a -> a.state() != ApplicationState.DRAFT)
                .toList();
        List<Certificate> issued = certificates.list(scope, 0, MAX_ROWS);
        Function<CertificationApplication, String> body = a -> String.valueOf(a.certificationBodyId());
        Function<CertificationApplication, String> category = SchemeStatistics::category;
        Map<String, String> bodyNames = new TreeMap<>();
        cases.forEach(a -> bodyNames.computeIfAbsent(
                body.apply(a), id -> certification.organisationName(a.certificationBodyId())));
        issued.forEach(c -> bodyNames.computeIfAbsent(
                String.valueOf(c.certificationBodyId()),
                id -> certification.organisationName(c.certificationBodyId())));
        return new Statistics(
                Instant.now(),
                group("ALL", "all", cases, issued),
                groups(cases, issued, body, bodyNames::get),
                groups(cases, issued, category, key -> key),
                DEFINITIONS);
    }

    private static String category(CertificationApplication a) {
        ProductCategory c = a.productVersion().product().category();
        return c == null ? "UNCATEGORISED" : c.name();
    }

    private List<Group> groups(
            List<CertificationApplication> cases,
            List<Certificate> issued,
            Function<CertificationApplication, String> key,
            Function<String, String> name) {
        Map<String, List<CertificationApplication>> byKey = new TreeMap<>();
        cases.forEach(
                a -> byKey.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
        Map<String, List<Certificate>> certificatesByKey = new TreeMap<>();
        issued.forEach(c -> certificatesByKey
                .computeIfAbsent(key.apply(c.application()), k -> new ArrayList<>())
                .add(c));
        certificatesByKey.keySet().forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()));
        return byKey.entrySet().stream()
                .map(e -> group(
                        e.getKey(),
                        name.apply(e.getKey()),
                        e.getValue(),
                        certificatesByKey.getOrDefault(e.getKey(), List.of())))
                .toList();
    }

    private Group group(String key, String name, List<CertificationApplication> cases, List<Certificate> issued) {
        long approved = cases.stream()
                .filter(a -> a.state() == ApplicationState.APPROVED || a.state() == ApplicationState.CERTIFIED)
                .count();
        long rejected = cases.stream()
                .filter(a -> a.state() == ApplicationState.REJECTED)
                .count();
        long withdrawn = cases.stream()
                .filter(a -> a.state() == ApplicationState.WITHDRAWN)
                .count();
        long decided = approved + rejected;
        double[] days = cases.stream()
                .filter(a -> a.decidedAt() != null && a.state() != ApplicationState.WITHDRAWN)
                .mapToDouble(a -> Duration.between(a.createdAt(), a.decidedAt()).toMinutes() / (24.0 * 60))
                .sorted()
                .toArray();
        Instant now = Instant.now();
        long valid = issued.stream()
                .filter(c -> c.state().valid()
                        && (c.validUntil() == null || c.validUntil().isAfter(now)))
                .count();
        return new Group(
                key,
                name,
                cases.size(),
                cases.size() - decided - withdrawn,
                approved,
                rejected,
                withdrawn,
                decided == 0 ? null : (double) rejected / decided,
                days.length == 0
                        ? null
                        : java.util.Arrays.stream(days).average().orElseThrow(),
                days.length == 0 ? null : median(days),
                valid,
                footprints(issued));
    }

    private List<Footprints> footprints(List<Certificate> issued) {
        Map<String, DoubleSummaryStatistics> byUnit = new LinkedHashMap<>();
        for (Certificate c : issued) {
            PublicVerification.PublicCertificate view = publicVerification.view(c);
            byUnit.computeIfAbsent(view.declaredUnit(), u -> new DoubleSummaryStatistics())
                    .accept(view.kgCo2e());
        }
        return byUnit.entrySet().stream()
                .map(e -> new Footprints(
                        e.getKey(),
                        e.getValue().getCount(),
                        e.getValue().getAverage(),
                        e.getValue().getMin(),
                        e.getValue().getMax()))
                .sorted(Comparator.comparingLong(Footprints::certificates).reversed())
                .toList();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
