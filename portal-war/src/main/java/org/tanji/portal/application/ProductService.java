package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.party.OrganisationRepository;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductCategory;
import org.tanji.portal.domain.model.product.ProductDraft;
import org.tanji.portal.domain.model.product.ProductRepository;

/**
 * Products of an exporter and their draft models: create, edit with optimistic locking, import a bill of
 * materials. Who sees and changes which product is {@link Visibility}'s rule; anything else is "not found".
 * Versions and calculations are {@link VersionService}'s.
 */
@ApplicationScoped
public class ProductService {
    @Inject
    ProductRepository products;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditLog audit;

    @Inject
    FootprintEngine engine;

    /** A page of the caller's products, newest change first, filtered by name. */
    @Transactional
    public Page<Product> list(Caller caller, String text, int page, int size) {
        Visibility.Scope scope = Visibility.scope(caller.viewer());
        return new Page<>(products.search(scope, text, page * size, size), page, size, products.count(scope, text));
    }

    @Transactional
    public Product create(Caller caller, String name, String description, ProductCategory category, String model) {
        String checked = checkModel(model);
        Product p = new Product(organisations.find(caller.organisationId()).orElseThrow(), name, description);
        p.edit(name, description, checked != null);
        p.categorise(category);
        products.add(p);
        products.saveDraft(p.id(), checked);
        audit.record(AuditLog.by(caller)
                .did(AuditAction.PRODUCT_CREATED)
                .on("product", p.id())
                .detail(name)
                .build());
        return p;
    }

    /** The product, if the caller may see it (see {@link Visibility}); else "not found". */
    @Transactional
    public Product get(Caller caller, long id) {
        return products.find(id)
                .filter(p -> Visibility.maySee(caller.viewer(), p))
                .orElseThrow(() -> new NotVisibleException("no product " + id));
    }

    /** The product, if the caller may act on it: change it, freeze or calculate a version, attach or run. */
    @Transactional
    public Product actable(Caller caller, long id) {
        Product p = get(caller, id);
        if (!Visibility.mayAct(caller.viewer(), p)) {
            throw new NotVisibleException("no product " + id + " you may change");
        }
        return p;
    }

    /** Edits the product if the client saw its current version; a null category leaves it as it is. */
    @Transactional
    public Product edit(
            Caller caller,
            long id,
            long expectedVersion,
            String name,
            String description,
            ProductCategory category,
            String model) {
        Product p = editable(caller, id, expectedVersion);
        String checked = checkModel(model);
        p.edit(name, description, checked != null);
        p.categorise(category);
        products.saveDraft(p.id(), checked);
        products.flush();
        audit.record(AuditLog.by(caller)
                .did(AuditAction.PRODUCT_EDITED)
                .on("product", id)
                .detail(name)
                .build());
        return p;
    }

    /**
     * Replaces the draft model with a bill of materials from a CSV or XLSX file (factors are looked up in the
     * library when calculating). Needs the product's current version, as any edit.
     */
    @Transactional
    public Product importBom(
            Caller caller, long id, long expectedVersion, UploadedFile file, String declaredUnit, String boundary) {
        Product p = editable(caller, id, expectedVersion);
        FootprintEngine.ImportedBom bom = engine.importBom(file, p.name(), declaredUnit, boundary);
        p.edit(p.name(), p.description(), true);
        products.saveDraft(p.id(), bom.modelJson());
        products.flush();
        audit.record(AuditLog.by(caller)
                .did(AuditAction.BOM_IMPORTED)
                .on("product", id)
                .detail(file.name() + " " + bom.parts() + " parts")
                .documents(List.of(Sha256.of(file.bytes())))
                .build());
        return p;
    }

    /** The product's draft model as stored (tanji-footprint-model/1 JSON), with the product version it belongs to. */
    @Transactional
    public Draft draft(Caller caller, long id) {
        Product p = get(caller, id);
        ProductDraft d = (p.hasDraft() ? products.draft(p.id()) : java.util.Optional.<ProductDraft>empty())
                .orElseThrow(() -> new NotVisibleException("product " + id + " has no model yet"));
        return new Draft(d.model(), p.version());
    }

    /** A draft model and the version of the product it was read with (for the ETag). */
    public record Draft(String model, long productVersion) {}

    /** The product, if the caller may see it and saw its current version (optimistic locking). */
    private Product editable(Caller caller, long id, long expectedVersion) {
        Product p = actable(caller, id);
        if (p.version() != expectedVersion) {
            throw new StaleVersionException("product " + id + " is at version " + p.version() + ", not "
                    + expectedVersion + "; reload it and apply your change again");
        }
        return p;
    }

    /**
     * Calculates {@code model} as it would be if saved, storing nothing and recording nothing: the "what if" of an
     * edit before it is saved. Only those who may change the product may ask.
     */
    @Transactional
    public FootprintEngine.Calculated preview(Caller caller, long id, String model) {
        actable(caller, id);
        return engine.calculate(Sha256.of(model), model);
    }

    private String checkModel(String model) {
        if (model != null) {
            engine.check(model);
        }
        return model;
    }

    /** A page of results. */
    public record Page<T>(List<T> items, int page, int size, long total) {}
}
