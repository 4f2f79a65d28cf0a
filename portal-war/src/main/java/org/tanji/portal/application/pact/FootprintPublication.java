package org.tanji.portal.application.pact;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tanji.portal.application.AuditLog;
import org.tanji.portal.application.Caller;
import org.tanji.portal.application.ProductService;
import org.tanji.portal.application.StoredJson;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.exchange.ExchangeProfile;
import org.tanji.portal.domain.model.exchange.ExchangeRepository;
import org.tanji.portal.domain.model.exchange.PublishedFootprint;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.party.OrganisationRepository;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductVersionRepository;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificateRepository;
import org.tanji.portal.domain.model.workflow.CertificationApplication;
import org.tanji.portal.domain.model.workflow.VerificationStatement;

/**
 * Publishing certified footprints as PACT ProductFootprints. An exporter opts a product in by declaring its exchange
 * profile; its valid certificate is published then, and every later certificate of the product when it is issued.
 * A footprint never changes: a newer one names its predecessors in {@code precedingPfIds}, and the older ones are
 * served as deprecated.
 */
@ApplicationScoped
public class FootprintPublication {
    @Inject
    ExchangeRepository exchange;

    @Inject
    ProductService products;

    @Inject
    CertificateRepository certificates;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProductVersionRepository versions;

    @Inject
    AuditLog audit;

    @Inject
    PactEvents events;

    /** A product's profile and its published footprints. */
    public record Exchange(Optional<ExchangeProfile> profile, List<PublishedFootprint> footprints) {}

    /** What the product declares and has published; the caller must see the product. */
    @Transactional
    public Exchange of(Caller caller, long productId) {
        Product p = products.get(caller, productId);
        return new Exchange(exchange.profile(p.id()), exchange.footprintsOf(p.id()));
    }

    /**
     * Declares (or changes) the product's exchange profile and publishes its valid certificate if that is not
     * published yet. A changed profile applies to footprints published from then on; published ones stay as they are.
     *
     * @throws org.tanji.portal.application.InvalidInputException when the certificate cannot be exchanged as is
     */
    @Transactional
    public Exchange declare(Caller caller, long productId, ProductFootprintMapping.Declared declared) {
        Product p = products.actable(caller, productId);
        java.util.Optional<ExchangeProfile> existing = exchange.profile(p.id());
        ExchangeProfile profile = existing.orElseGet(() -> new ExchangeProfile(p.id(), p.ownerOrganisationId()));
        profile.declare(
                declared.productMassKg(),
                StoredJson.write(declared.productIds()),
                StoredJson.write(declared.classifications()),
                declared.geography(),
                declared.fossilCarbonContent(),
                declared.biogenicCarbonContent(),
                caller.login());
        if (existing.isEmpty()) {
            exchange.add(profile); // stored once every declared fact is set
        }
        audit.record(AuditLog.by(caller)
                .did(AuditAction.EXCHANGE_PROFILE_DECLARED)
                .on("product", p.id())
                .detail(declared.productIds() + ", " + declared.geography() + ", " + declared.productMassKg() + " kg")
                .build());
        certificates.latestOfProducts(List.of(p.id())).values().stream()
                .filter(c -> c.state().valid())
                .filter(c -> exchange.footprintOfCertificate(c.number()).isEmpty())
                .forEach(c -> publish(caller, c, profile));
        exchange.flush();
        return new Exchange(Optional.of(profile), exchange.footprintsOf(p.id()));
    }

    /** Publishes a certificate just issued, if its product has an exchange profile (a new transaction). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<PublishedFootprint> certified(String certificateNumber) {
        Certificate c = certificates.find(certificateNumber).orElseThrow();
        long productId = c.application().productVersion().product().id();
        return exchange.profile(productId)
                .filter(p -> exchange.footprintOfCertificate(c.number()).isEmpty())
                .map(profile -> publish(Caller.SYSTEM, c, profile));
    }

    private PublishedFootprint publish(Caller caller, Certificate c, ExchangeProfile profile) {
        CertificationApplication a = c.application();
        Product product = a.productVersion().product();
        List<PublishedFootprint> earlier = exchange.footprintsOf(product.id());
        Organisation holder = organisations.find(c.applicantOrganisationId()).orElseThrow();
        Organisation body = organisations.find(c.certificationBodyId()).orElseThrow();
        VerificationStatement statement = a.statement().orElse(null);
        String publicUrl = System.getProperty("tanji.public-url");
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        JsonNode document = ProductFootprintMapping.map(
                id,
                earlier.stream().map(PublishedFootprint::id).toList(),
                now,
                new ProductFootprintMapping.Owner(
                        holder.legalName(), holder.creditCode(), product.name(), product.description()),
                declared(profile),
                new ProductFootprintMapping.Certification(
                        c.number(),
                        c.issuedAt(),
                        c.validUntil(),
                        body.legalName(),
                        a.statementAt(),
                        statement == null ? null : statement.criteria(),
                        statement == null ? "no" : statement.assurance().name().toLowerCase(java.util.Locale.ROOT),
                        statement == null ? "no" : statement.opinion().name().toLowerCase(java.util.Locale.ROOT),
                        publicUrl == null || publicUrl.isBlank()
                                ? "the certification portal with verification code " + c.verificationToken()
                                : (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "verify.html?t="
                                        + c.verificationToken()),
                StoredJson.tree(a.calculation().result()),
                hasPackaging(StoredJson.tree(versions.modelText(a.productVersion()))));
        PublishedFootprint f = new PublishedFootprint(
                id, c.applicantOrganisationId(), product.id(), c.number(), now, document.toString());
        exchange.add(f);
        earlier.stream().filter(e -> e.supersededBy() == null).forEach(e -> e.supersede(id));
        if (!earlier.isEmpty()) {
            events.published(c.applicantOrganisationId(), product.id(), id);
        }
        audit.record(AuditLog.by(caller)
                .did(AuditAction.FOOTPRINT_PUBLISHED)
                .on("footprint", id)
                .detail("certificate " + c.number() + ", product " + product.id()
                        + (earlier.isEmpty()
                                ? ""
                                : ", replaces "
                                        + earlier.get(earlier.size() - 1).id()))
                .build());
        return f;
    }

    /** What the profile declares, as the mapping takes it. */
    public static ProductFootprintMapping.Declared declared(ExchangeProfile p) {
        return new ProductFootprintMapping.Declared(
                p.productMassKg(),
                StoredJson.read(p.productIdsJson(), new TypeReference<List<String>>() {}),
                StoredJson.read(p.classificationsJson(), new TypeReference<List<String>>() {}),
                p.geography(),
                p.fossilCarbonContent(),
                p.biogenicCarbonContent());
    }

    /** Whether the frozen model has packaging among its activities. */
    private static boolean hasPackaging(JsonNode model) {
        for (JsonNode part : model.path("parts")) {
            for (JsonNode activity : part.path("activities")) {
                if (activity.path("type").asText().equals("packaging")) {
                    return true;
                }
            }
        }
        return false;
    }
}
