package org.tanji.portal.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.party.OrganisationRepository;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificateRepository;
import org.tanji.portal.domain.model.workflow.CertificateStanding;
import org.tanji.portal.domain.model.workflow.CertificateState;

/**
 * What anyone may know of a certificate, without logging in: whether it is valid, and what the label says — the
 * holder, the product, the footprint with its declared unit, boundary and GWP set, the validity and the issuer.
 * Never the model, the evidence, the suppliers, the people or a revocation's reasons; an unknown number or token
 * is simply not found.
 */
@ApplicationScoped
public class PublicVerification {
    /** The standards a Tanji certificate attests conformity with. */
    public static final String STANDARD = "ISO 14067:2018; GB/T 24067-2024";

    @Inject
    CertificateRepository certificates;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CertifiedUncertainty certifiedUncertainty;

    /**
     * A certificate as the public sees it.
     *
     * @param status the state now: a certificate past its validity is {@code EXPIRED} even before the expiry job
     *     has marked it
     * @param valid whether a buyer may rely on it now
     * @param statusSince when it entered that state (its issue, or the end of its validity for one expired)
     * @param supersededBy the number of the renewal that replaced it, if any
     * @param holderSite the holder's registered address, as its organisation record gives it (null if none)
     * @param kgCo2eByStage the footprint by life-cycle stage, in the boundary's order
     * @param primaryDataShare the share of the footprint from primary (measured) data, 0 to 1
     * @param referencePeriod the days the data represent, or null for a certificate issued before models stated it
     * @param dataQuality the data-quality rating, or null for a calculation made before results stated it
     * @param uncertainty the 95 % interval of the Monte Carlo run the certification included, or null if none did
     */
    public record PublicCertificate(
            String number,
            CertificateState status,
            boolean valid,
            Instant statusSince,
            String supersededBy,
            String holder,
            String holderCreditCode,
            String holderSite,
            String product,
            double kgCo2e,
            String unit,
            String declaredUnit,
            String systemBoundary,
            List<String> stages,
            Map<String, Double> kgCo2eByStage,
            double primaryDataShare,
            ReferencePeriod referencePeriod,
            DataQuality dataQuality,
            Uncertainty uncertainty,
            String gwpSet,
            String standard,
            Instant issuedAt,
            Instant validUntil,
            String issuer,
            String verificationToken) {}

    /** The first and the last day the footprint's data represent, both included. */
    public record ReferencePeriod(LocalDate start, LocalDate end) {}

    /**
     * The data-quality rating (1 very good … 5 very poor) weighted by contribution; a rating is null where no factor
     * was rated.
     *
     * @param coverage the share of the footprint whose factors were rated, 0 to 1
     */
    public record DataQuality(
            Double technological, Double geographical, Double temporal, Double overall, double coverage) {}

    /**
     * The certified Monte Carlo run's 95 % interval of the footprint per declared unit.
     *
     * @param iterations how many draws it made
     * @param seed the seed that reproduces it
     */
    public record Uncertainty(double p2_5, double p97_5, int iterations, long seed) {}

    /** A page of the register of valid certificates. */
    public record Register(List<PublicCertificate> items, int page, int size, long total) {}

    @Transactional
    public PublicCertificate byNumber(String number) {
        return view(certificates.standing(number).orElseThrow(PublicVerification::notFound));
    }

    @Transactional
    public PublicCertificate byToken(String token) {
        return view(certificates.standingByToken(token).orElseThrow(PublicVerification::notFound));
    }

    @Transactional
    public Register register(String text, int page, int size) {
        Instant now = Instant.now();
        List<PublicCertificate> items = certificates.valid(text, now, page * size, size).stream()
                .map(this::view)
                .toList();
        return new Register(items, page, size, certificates.countValid(text, now));
    }

    // the same words whatever was asked: an enumerating caller learns nothing from the answer
    /** The certificate numbered {@code number}, with the public's "not found" when there is none. */
    Certificate certificate(String number) {
        return certificates.find(number).orElseThrow(PublicVerification::notFound);
    }

    /** Where a certificate's QR code leads: the verification page of the portal at {@code portalUrl}. */
    static String verificationUrl(String portalUrl, PublicCertificate c) {
        return (portalUrl.endsWith("/") ? portalUrl : portalUrl + "/") + "verify.html?t=" + c.verificationToken();
    }

    private static NotVisibleException notFound() {
        return new NotVisibleException("no certificate has this number or verification code");
    }

    /**
     * A certificate as it was issued, which never changes: read once per certificate (parsing the calculation's
     * summary costs more than the rest of a lookup) and kept for an hour; each lookup lays the certificate's
     * standing over it.
     */
    private final BoundedCache<Long, PublicCertificate> issued =
            new BoundedCache<>(20_000, x -> 1, Duration.ofHours(1));

    private PublicCertificate issued(Certificate c) {
        JsonNode summary = StoredJson.tree(c.application().calculation().result());
        List<String> stages = new ArrayList<>();
        summary.path("boundaryStages").forEach(s -> stages.add(s.asText()));
        Map<String, Double> byStage = new LinkedHashMap<>();
        summary.path("byStage")
                .fields()
                .forEachRemaining(
                        e -> byStage.put(e.getKey(), e.getValue().path("total").asDouble()));
        Organisation holder = organisations.find(c.applicantOrganisationId()).orElseThrow();
        Organisation issuer = organisations.find(c.certificationBodyId()).orElseThrow();
        CertificateState state = c.state();
        return new PublicCertificate(
                c.number(),
                state,
                state.valid(),
                c.stateChangedAt(),
                c.supersededBy(),
                holder.legalName(),
                holder.creditCode(),
                holder.address(),
                c.application().productVersion().product().name(),
                c.totalKgCo2e(),
                "kg CO2e",
                declaredUnit(summary.path("declaredUnit")),
                summary.path("systemBoundary").asText(null),
                List.copyOf(stages),
                java.util.Collections.unmodifiableMap(byStage),
                summary.path("primaryDataShare").asDouble(),
                referencePeriod(summary.path("referencePeriod")),
                dataQuality(summary.path("dataQualityRating")),
                certifiedUncertainty.of(c),
                c.application().calculation().gwpSet(),
                STANDARD,
                c.issuedAt(),
                c.validUntil(),
                issuer.legalName(),
                c.verificationToken());
    }

    PublicCertificate view(Certificate c) {
        return view(CertificateStanding.of(c), issued.get(c.id(), id -> issued(c)));
    }

    // a scan of a label reads the standing alone; the rest is read once per certificate
    private PublicCertificate view(CertificateStanding s) {
        return view(s, issued.get(s.id(), id -> issued(certificate(s.number()))));
    }

    // the status is read anew every time: a suspension shows at the next lookup
    private static PublicCertificate view(CertificateStanding s, PublicCertificate k) {
        CertificateState state = s.status().on(Instant.now()).state();
        Instant since = state == CertificateState.EXPIRED && s.state() != CertificateState.EXPIRED
                ? s.validUntil()
                : s.stateChangedAt();
        return new PublicCertificate(
                k.number(),
                state,
                state.valid(),
                since,
                s.supersededBy(),
                k.holder(),
                k.holderCreditCode(),
                k.holderSite(),
                k.product(),
                k.kgCo2e(),
                k.unit(),
                k.declaredUnit(),
                k.systemBoundary(),
                k.stages(),
                k.kgCo2eByStage(),
                k.primaryDataShare(),
                k.referencePeriod(),
                k.dataQuality(),
                k.uncertainty(),
                k.gwpSet(),
                k.standard(),
                k.issuedAt(),
                s.validUntil(),
                k.issuer(),
                k.verificationToken());
    }

    private static ReferencePeriod referencePeriod(JsonNode period) {
        return period.isObject()
                ? new ReferencePeriod(
                        LocalDate.parse(period.path("start").asText()),
                        LocalDate.parse(period.path("end").asText()))
                : null;
    }

    private static DataQuality dataQuality(JsonNode dqr) {
        return dqr.isObject()
                ? new DataQuality(
                        rating(dqr.path("technological")),
                        rating(dqr.path("geographical")),
                        rating(dqr.path("temporal")),
                        rating(dqr.path("overall")),
                        dqr.path("coverage").asDouble())
                : null;
    }

    private static Double rating(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    /** "1 piece (one battery pack, 6,000 cycles)": the declared unit as the result states it. */
    private static String declaredUnit(JsonNode unit) {
        String value = unit.path("value").asText("1").replaceAll("\\.0$", "");
        String text = value + " " + unit.path("unit").asText("");
        String description = unit.path("description").asText("");
        return description.isBlank() ? text.strip() : text.strip() + " (" + description + ")";
    }
}
