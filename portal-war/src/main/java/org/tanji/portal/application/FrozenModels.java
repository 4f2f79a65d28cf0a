package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tanji.portal.domain.model.product.ProductVersion;
import org.tanji.portal.domain.model.product.VersionModel;

/**
 * The frozen model texts of product versions (tanji-footprint-model/1 JSON), stored apart from the version rows
 * so that listing versions never loads them. The footprint engine parses a text once, keyed by its SHA-256.
 */
@ApplicationScoped
public class FrozenModels {
  @PersistenceContext(unitName = "tanji")
  EntityManager em;

  /** Stores the model text of a new version. */
  public void store(ProductVersion v, String model) {
    em.persist(new VersionModel(v.id(), model));
  }

  /** The model of {@code v} as stored. */
  public String text(ProductVersion v) {
    return em.find(VersionModel.class, v.id()).model();
  }
}
