package org.tanji.portal.application;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.error.FootprintException;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.io.BomImport;
import org.tanji.core.io.ModelDocument;
import org.tanji.core.io.ModelJson;
import org.tanji.core.io.ResultJson;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.result.FootprintResult;
import org.tanji.factors.DatasetPins;
import org.tanji.factors.FactorLibrary;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.product.Calculation;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductDraft;
import org.tanji.portal.domain.model.product.ProductVersion;

/**
 * Products of an exporter: create, edit with optimistic locking, freeze a version, calculate it. An exporter sees
 * only its own organisation's products; an admin sees all; anything else is "not found".
 */
@ApplicationScoped
public class ProductService {
  @PersistenceContext(unitName = "tanji")
  EntityManager em;

  @Inject
  AuditLog audit;

  @Inject
  FactorLibrary library;

  @Inject
  FrozenModels frozen;

  /** A page of the caller's products, newest change first, filtered by name. */
  @Transactional
  public Page<Product> list(Caller caller, String text, int page, int size) {
    Visibility.Scope scope = Visibility.scope(caller.viewer());
    String where = (scope.everything() ? "where 1 = 1" : "where p.organisation.id = :org")
        + (text == null || text.isBlank() ? "" : " and lower(p.name) like :text");
    var query = em.createQuery("select p from Product p " + where + " order by p.updatedAt desc, p.id desc",
        Product.class);
    var count = em.createQuery("select count(p) from Product p " + where, Long.class);
    if (!scope.everything()) {
      query.setParameter("org", scope.organisation());
      count.setParameter("org", scope.organisation());
    }
    if (text != null && !text.isBlank()) {
      String like = "%" + text.toLowerCase(java.util.Locale.ROOT) + "%";
      query.setParameter("text", like);
      count.setParameter("text", like);
    }
    List<Product> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
    return new Page<>(items, page, size, count.getSingleResult());
  }

  @Transactional
  public Product create(Caller caller, String name, String description, String model) {
    String checked = checkModel(model);
    Product p = new Product(em.find(Organisation.class, caller.organisationId()), name, description);
    p.edit(name, description, checked != null);
    em.persist(p);
    em.flush();
    saveDraft(p, checked);
    audit.record(AuditLog.by(caller).did(AuditAction.PRODUCT_CREATED).on("product", p.id()).detail(name).build());
    return p;
  }

  /** The product, if the caller may see it (see {@link Visibility}); else "not found". */
  @Transactional
  public Product get(Caller caller, long id) {
    Product p = em.find(Product.class, id);
    if (p == null || !Visibility.maySee(caller.viewer(), p)) {
      throw new NotVisibleException("no product " + id);
    }
    return p;
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

  /** Edits the product if the client saw its current version. */
  @Transactional
  public Product edit(Caller caller, long id, long expectedVersion, String name, String description, String model) {
    Product p = editable(caller, id, expectedVersion);
    String checked = checkModel(model);
    p.edit(name, description, checked != null);
    saveDraft(p, checked);
    em.flush();
    audit.record(AuditLog.by(caller).did(AuditAction.PRODUCT_EDITED).on("product", id).detail(name).build());
    return p;
  }

  /**
   * Replaces the draft model with a bill of materials from a CSV or XLSX file (factors are looked up in the
   * library when calculating). Needs the product's current version, as any edit.
   */
  @Transactional
  public Product importBom(Caller caller, long id, long expectedVersion, UploadedFile file, String declaredUnit,
      String boundary) {
    Product p = editable(caller, id, expectedVersion);
    BomImport.ImportedBom bom;
    try (InputStream in = new ByteArrayInputStream(file.bytes())) {
      if (file.detectedType().equals("text/csv")) {
        bom = BomImport.readCsv(in, file.name());
      } else if (file.detectedType().endsWith("spreadsheetml.sheet")) {
        bom = BomImport.readXlsx(in, file.name(), null);
      } else {
        throw new UploadRejectedException(415, file.name() + " is " + file.detectedType()
            + "; a bill of materials is a CSV or an XLSX file");
      }
    } catch (ModelFormatException e) {
      throw new InvalidInputException(e.location(), e.getMessage());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    FootprintModel model;
    try {
      String[] du = declaredUnit.strip().split("\\s+", 2);
      model = bom.toModel(p.name(), new DeclaredUnit(Amount.of(Double.parseDouble(du[0]),
          du.length > 1 ? du[1] : "piece"), null), SystemBoundary.ofKey(boundary));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("declaredUnit", "must be an amount and a unit such as \"1 piece\"");
    } catch (IllegalArgumentException | FootprintException e) {
      throw new InvalidInputException("declaredUnit", e.getMessage());
    }
    p.edit(p.name(), p.description(), true);
    saveDraft(p, ModelJson.write(new ModelDocument(model, bom.uncertainties())));
    em.flush();
    audit.record(AuditLog.by(caller).did(AuditAction.BOM_IMPORTED).on("product", id)
        .detail(file.name() + " " + bom.parts().size() + " parts").documents(List.of(Sha256.of(file.bytes())))
        .build());
    return p;
  }

  /** The product's draft model as stored (tanji-footprint-model/1 JSON), with the product version it belongs to. */
  @Transactional
  public Draft draft(Caller caller, long id) {
    Product p = get(caller, id);
    ProductDraft d = p.hasDraft() ? em.find(ProductDraft.class, p.id()) : null;
    if (d == null) {
      throw new NotVisibleException("product " + id + " has no model yet");
    }
    return new Draft(d.model(), p.version());
  }

  /** A draft model and the version of the product it was read with (for the ETag). */
  public record Draft(String model, long productVersion) {}

  /** Replaces (or, with null, removes) the draft model of {@code p}. */
  private void saveDraft(Product p, String model) {
    ProductDraft d = em.find(ProductDraft.class, p.id());
    if (model == null && d != null) {
      em.remove(d);
    } else if (model != null && d == null) {
      em.persist(new ProductDraft(p.id(), model));
    } else if (model != null) {
      d.replace(model);
    }
  }

  /** The product, if the caller may see it and saw its current version (optimistic locking). */
  private Product editable(Caller caller, long id, long expectedVersion) {
    Product p = actable(caller, id);
    if (p.version() != expectedVersion) {
      throw new StaleVersionException("product " + id + " is at version " + p.version() + ", not "
          + expectedVersion + "; reload it and apply your change again");
    }
    return p;
  }

  /** Freezes the current model as the next immutable version. */
  @Transactional
  public ProductVersion freeze(Caller caller, long id) {
    Product p = actable(caller, id);
    ProductDraft draft = p.hasDraft() ? em.find(ProductDraft.class, p.id()) : null;
    if (draft == null) {
      throw new InvalidInputException("model", "the product has no footprint model yet; add one before freezing");
    }
    int next = em.createQuery("select coalesce(max(v.number), 0) from ProductVersion v where v.product = :p",
        Integer.class).setParameter("p", p).getSingleResult() + 1;
    ProductVersion v = new ProductVersion(p, next, Sha256.of(draft.model()), caller.login());
    em.persist(v);
    em.flush();
    frozen.store(v, draft.model());
    audit.record(AuditLog.by(caller).did(AuditAction.VERSION_FROZEN).on("product", id).detail("version " + next)
        .documents(List.of(v.modelSha256())).build());
    return v;
  }

  @Transactional
  public List<ProductVersion> versions(Caller caller, long id) {
    Product p = get(caller, id);
    return em.createQuery("select v from ProductVersion v where v.product = :p order by v.number",
        ProductVersion.class).setParameter("p", p).getResultList();
  }

  @Transactional
  public ProductVersion version(Caller caller, long id, int number) {
    Product p = get(caller, id);
    return em.createQuery("select v from ProductVersion v where v.product = :p and v.number = :n",
            ProductVersion.class).setParameter("p", p).setParameter("n", number).getResultStream().findFirst()
        .orElseThrow(() -> new NotVisibleException("product " + id + " has no version " + number));
  }

  /** The frozen model of a version as stored. */
  @Transactional
  public String versionModel(Caller caller, long id, int number) {
    return frozen.text(version(caller, id, number));
  }

  /**
   * Calculates a frozen version with the factor library, and keeps what reproduces the number: the dataset
   * versions, the library version, and a hash of the inputs (the model's SHA-256 with those).
   */
  @Transactional
  public Calculation calculate(Caller caller, long id, int number) {
    actable(caller, id);
    ProductVersion v = version(caller, id, number);
    FootprintModel model = frozen.model(v);
    FootprintResult result;
    try {
      result = FootprintCalculator.using(library).calculate(model);
    } catch (FootprintException e) {
      throw new InvalidInputException("model", e.getMessage());
    }
    String pins = StoredJson.write(new java.util.TreeMap<>(library.pinsOf(result).versions()));
    String summary = ResultJson.summary(result);
    String libraryVersion = result.libraryVersion(); // the manifest has no Implementation-Version: it was "null"
    Calculation c = new Calculation(v, result.total(), result.gwpSet(), pins, libraryVersion,
        Sha256.of(v.modelSha256() + "|" + result.gwpSet() + "|" + pins + "|" + libraryVersion), summary,
        Sha256.of(summary),
        caller.login());
    em.persist(c);
    em.flush();
    audit.record(AuditLog.by(caller).did(AuditAction.CALCULATED).on("product", id)
        .detail("version " + number + ": " + result.total() + " kg CO2e").calculations(List.of(c.resultSha256()))
        .build());
    return c;
  }

  @Transactional
  public Calculation calculation(Caller caller, long calculationId) {
    Calculation c = em.find(Calculation.class, calculationId);
    if (c == null) {
      throw new NotVisibleException("no calculation " + calculationId);
    }
    get(caller, c.productVersion().product().id());
    return c;
  }

  /**
   * The full result of a calculation, every line included: recalculated from the frozen model with the dataset
   * versions it used, and refused (409) unless the stored summary is unaltered (its SHA-256) and the recalculation
   * gives its numbers to the last digit (total, stages, gases, factors, the parts it lists).
   */
  @Transactional
  public String fullResult(Caller caller, long calculationId) {
    Calculation c = calculation(caller, calculationId);
    DatasetPins pins = new DatasetPins(StoredJson.read(c.datasetVersions(), new TypeReference<Map<String, String>>() {
    }));
    FootprintResult r = FootprintCalculator.using(library.pinnedTo(pins))
        .calculate(frozen.model(c.productVersion()));
    if (c.resultSha256() != null && !Sha256.of(c.result()).equals(c.resultSha256())) {
      throw new NotReproducibleException("the stored summary of calculation " + calculationId
          + " was changed after it was written: it no longer hashes to " + c.resultSha256());
    }
    List<String> differences = Reproduction.differences(c.result(), r);
    if (!differences.isEmpty()) {
      throw new NotReproducibleException("calculation " + calculationId + " no longer reproduces: "
          + String.join("; ", differences.subList(0, Math.min(5, differences.size())))
          + (differences.size() > 5 ? " … (" + differences.size() + " differences)" : ""));
    }
    return ResultJson.compact(r);
  }

  private static String checkModel(String model) {
    if (model == null) {
      return null;
    }
    try {
      ModelJson.parseDocument(model, "model");
      return model;
    } catch (ModelFormatException e) {
      throw new InvalidInputException(e.location().replaceFirst("^model at \\$", "model"), e.getMessage());
    } catch (FootprintException e) {
      throw new InvalidInputException("model", e.getMessage());
    }
  }


  /** A page of results. */
  public record Page<T>(List<T> items, int page, int size, long total) {}
}
