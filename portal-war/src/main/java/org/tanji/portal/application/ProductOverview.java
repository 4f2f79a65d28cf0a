package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tanji.portal.domain.model.product.Calculation;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductVersionRepository;
import org.tanji.portal.domain.model.workflow.ApplicationRepository;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificateRepository;
import org.tanji.portal.domain.model.workflow.CertificationApplication;
import org.tanji.portal.domain.model.workflow.ProductProgress;

/**
 * The exporter's dashboard: a page of the caller's products (as {@link ProductService#list} finds them) with each
 * one's {@link ProductProgress} — three queries per page, whatever its size.
 */
@ApplicationScoped
public class ProductOverview {
    @Inject
    ProductService products;

    @Inject
    ProductVersionRepository versions;

    @Inject
    ApplicationRepository applications;

    @Inject
    CertificateRepository certificates;

    /** A product and how far it has come. */
    public record Entry(Product product, ProductProgress progress) {}

    @Transactional
    public ProductService.Page<Entry> page(Caller caller, String text, int page, int size) {
        ProductService.Page<Product> found = products.list(caller, text, page, size);
        return new ProductService.Page<>(entries(found.items()), found.page(), found.size(), found.total());
    }

    /** One product the caller may see, and how far it has come. */
    @Transactional
    public Entry of(Caller caller, long id) {
        return entries(List.of(products.get(caller, id))).get(0);
    }

    private List<Entry> entries(List<Product> found) {
        List<Long> ids = found.stream().map(Product::id).toList();
        var footprints = versions.latestCalculations(ids);
        var applied = applications.latestOfProducts(ids);
        var issued = certificates.latestOfProducts(ids);
        return found.stream()
                .map(p -> new Entry(
                        p,
                        new ProductProgress(
                                p.id(),
                                p.hasDraft(),
                                footprint(footprints.get(p.id())),
                                application(applied.get(p.id())),
                                certificate(issued.get(p.id())))))
                .toList();
    }

    private static ProductProgress.Footprint footprint(Calculation c) {
        return c == null
                ? null
                : new ProductProgress.Footprint(c.id(), c.productVersion().number(), c.totalKgCo2e(), c.calculatedAt());
    }

    private static ProductProgress.Application application(CertificationApplication a) {
        return a == null ? null : new ProductProgress.Application(a.id(), a.state());
    }

    private static ProductProgress.Issued certificate(Certificate c) {
        return c == null ? null : new ProductProgress.Issued(c.number(), c.state(), c.validUntil());
    }
}
