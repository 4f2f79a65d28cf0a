package org.tanji.portal.application;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.product.Calculation;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductDraft;
import org.tanji.portal.domain.model.product.ProductRepository;
import org.tanji.portal.domain.model.product.ProductVersion;
import org.tanji.portal.domain.model.product.ProductVersionRepository;

/**
 * Frozen versions of products and their calculations: freeze the draft, calculate a version with the footprint
 * engine, and give a calculation's full result back only if it still reproduces.
 */
@ApplicationScoped
public class VersionService {
    @Inject
    ProductService products;

    @Inject
    ProductRepository productStore;

    @Inject
    ProductVersionRepository versions;

    @Inject
    FootprintEngine engine;

    @Inject
    AuditLog audit;

    /** Freezes the current model as the next immutable version. */
    @Transactional
    public ProductVersion freeze(Caller caller, long id) {
        Product p = products.actable(caller, id);
        ProductDraft draft = (p.hasDraft() ? productStore.draft(p.id()) : java.util.Optional.<ProductDraft>empty())
                .orElseThrow(() -> new InvalidInputException(
                        "model", "the product has no footprint model yet; add one before freezing"));
        int next = versions.lastNumber(p) + 1;
        ProductVersion v = new ProductVersion(p, next, Sha256.of(draft.model()), caller.login());
        versions.add(v, draft.model());
        audit.record(AuditLog.by(caller)
                .did(AuditAction.VERSION_FROZEN)
                .on("product", id)
                .detail("version " + next)
                .documents(List.of(v.modelSha256()))
                .build());
        return v;
    }

    @Transactional
    public List<ProductVersion> versions(Caller caller, long id) {
        return versions.of(products.get(caller, id));
    }

    @Transactional
    public ProductVersion version(Caller caller, long id, int number) {
        return versions.find(products.get(caller, id), number)
                .orElseThrow(() -> new NotVisibleException("product " + id + " has no version " + number));
    }

    /** The frozen model of a version as stored. */
    @Transactional
    public String versionModel(Caller caller, long id, int number) {
        return versions.modelText(version(caller, id, number));
    }

    /**
     * Calculates a frozen version with the factor library, and keeps what reproduces the number: the dataset
     * versions, the library version, and a hash of the inputs (the model's SHA-256 with those).
     */
    @Transactional
    public Calculation calculate(Caller caller, long id, int number) {
        products.actable(caller, id);
        ProductVersion v = version(caller, id, number);
        FootprintEngine.Calculated result = engine.calculate(v.modelSha256(), versions.modelText(v));
        String pins = StoredJson.write(result.datasetPins());
        Calculation c = new Calculation(
                v,
                result.totalKgCo2e(),
                result.gwpSet(),
                pins,
                result.libraryVersion(),
                Sha256.of(v.modelSha256() + "|" + result.gwpSet() + "|" + pins + "|" + result.libraryVersion()),
                result.summary(),
                Sha256.of(result.summary()),
                caller.login());
        versions.addCalculation(c);
        audit.record(AuditLog.by(caller)
                .did(AuditAction.CALCULATED)
                .on("product", id)
                .detail("version " + number + ": " + result.totalKgCo2e() + " kg CO2e")
                .calculations(List.of(c.resultSha256()))
                .build());
        return c;
    }

    @Transactional
    public Calculation calculation(Caller caller, long calculationId) {
        // one answer for a calculation that does not exist and one of another organisation's: no existence oracle
        return versions.calculation(calculationId)
                .filter(c -> Visibility.maySee(caller.viewer(), c))
                .orElseThrow(() -> new NotVisibleException("no calculation " + calculationId));
    }

    /**
     * The full result of a calculation, every line included: recalculated from the frozen model with the dataset
     * versions it used, and refused (409) unless the stored summary is unaltered (its SHA-256) and the recalculation
     * gives its numbers to the last digit (total, stages, gases, factors, the parts it lists).
     */
    @Transactional
    public String fullResult(Caller caller, long calculationId) {
        return reproduce(calculation(caller, calculationId));
    }

    /**
     * What changed from version {@code from} to version {@code to} of a product: the model field by field and the
     * result line by line, each version with its newest calculation (reproduced, as {@link #fullResult} does).
     */
    @Transactional
    public RoundComparison compare(Caller caller, long id, int from, int to) {
        ProductVersion before = version(caller, id, from);
        ProductVersion after = version(caller, id, to);
        return RoundComparison.of(
                StoredJson.tree(versions.modelText(before)),
                StoredJson.tree(versions.modelText(after)),
                StoredJson.tree(reproduce(calculated(before, "from"))),
                StoredJson.tree(reproduce(calculated(after, "to"))));
    }

    private Calculation calculated(ProductVersion v, String parameter) {
        return versions.latestCalculation(v)
                .orElseThrow(() -> new InvalidInputException(
                        parameter, "version " + v.number() + " is not calculated yet: calculate it, then compare"));
    }

    /** The full result of {@code c}, reproduced as {@link #fullResult} does; the caller checked access. */
    @Transactional(Transactional.TxType.MANDATORY)
    String reproduce(Calculation c) {
        long calculationId = c.id();
        if (c.resultSha256() != null && !Sha256.of(c.result()).equals(c.resultSha256())) {
            throw new NotReproducibleException("the stored summary of calculation " + calculationId
                    + " was changed after it was written: it no longer hashes to " + c.resultSha256());
        }
        Map<String, String> pins = StoredJson.read(c.datasetVersions(), new TypeReference<Map<String, String>>() {});
        ProductVersion v = c.productVersion();
        FootprintEngine.Recalculated again =
                engine.recalculate(v.modelSha256(), versions.modelText(v), pins, c.result());
        List<String> differences = again.differences();
        if (!differences.isEmpty()) {
            throw new NotReproducibleException("calculation " + calculationId + " no longer reproduces: "
                    + String.join("; ", differences.subList(0, Math.min(5, differences.size())))
                    + (differences.size() > 5 ? " … (" + differences.size() + " differences)" : ""));
        }
        return again.fullResult();
    }
}
