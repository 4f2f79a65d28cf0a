package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.tanji.core.io.ModelDocument;
import org.tanji.core.io.ModelJson;
import org.tanji.core.model.FootprintModel;
import org.tanji.portal.domain.model.product.ProductVersion;
import org.tanji.portal.domain.model.product.VersionModel;

/**
 * The frozen models of product versions. A version never changes, so its model is parsed once and kept, keyed by
 * the model's SHA-256, up to {@link #CACHE_CHARS} characters of model text; calculating a version again (the
 * common case: other dataset versions, Monte Carlo, the full result) then starts from the parsed model.
 */
@ApplicationScoped
public class FrozenModels {
  /** Model text kept parsed, counted in characters of JSON (a parsed model takes about as many bytes). */
  static final long CACHE_CHARS = 64L << 20;

  private final BoundedCache<String, Parsed> parsed = new BoundedCache<>(CACHE_CHARS, Parsed::chars,
      Duration.ofHours(6));

  @PersistenceContext(unitName = "tanji")
  EntityManager em;

  private record Parsed(ModelDocument document, long chars) {}

  /** Stores the model text of a new version. */
  public void store(ProductVersion v, String model) {
    em.persist(new VersionModel(v.id(), model));
  }

  /** The model of {@code v} as stored (tanji-footprint-model/1 JSON). */
  public String text(ProductVersion v) {
    return em.find(VersionModel.class, v.id()).model();
  }

  /** The model of {@code v}, parsed. */
  public FootprintModel model(ProductVersion v) {
    return document(v).model();
  }

  /** The model of {@code v} with the uncertainties it states, parsed. */
  public ModelDocument document(ProductVersion v) {
    return parsed.get(v.modelSha256(), sha -> {
      String text = text(v);
      return new Parsed(ModelJson.parseDocument(text, "version " + v.number()), text.length());
    }).document();
  }
}
