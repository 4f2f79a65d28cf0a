package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.product.EvidenceContent;
import org.tanji.portal.domain.model.product.EvidenceDocument;
import org.tanji.portal.domain.model.product.Product;

/** Evidence attached to a product: stored unchanged with its SHA-256, only of the accepted types. */
@ApplicationScoped
public class EvidenceService {
  /** Accepted evidence: PDF, PNG, JPEG, XLSX and CSV, told from the file's first bytes. */
  public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/png", "image/jpeg",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");

  @PersistenceContext(unitName = "tanji")
  EntityManager em;

  @Inject
  ProductService products;

  @Inject
  AuditLog audit;

  @Transactional
  public EvidenceDocument attach(Caller caller, long productId, UploadedFile file, String claimedType,
      String description) {
    Product p = products.actable(caller, productId);
    if (!ACCEPTED.contains(file.detectedType())) {
      throw new UploadRejectedException(415, file.name() + " is not a PDF, PNG, JPEG, XLSX or CSV file");
    }
    boolean generic = claimedType == null || claimedType.startsWith("application/octet-stream");
    if (!generic && !claimedType.startsWith(file.detectedType())
        && !(file.detectedType().equals("text/csv") && claimedType.startsWith("text/"))) {
      throw new UploadRejectedException(415, file.name() + " was sent as " + claimedType + " but its content is "
          + file.detectedType());
    }
    EvidenceDocument d = new EvidenceDocument(p, file.name(), file.detectedType(), file.bytes().length,
        Sha256.of(file.bytes()), description, caller.login());
    em.persist(d);
    em.flush();
    em.persist(new EvidenceContent(d.id(), file.bytes()));
    audit.record(AuditLog.by(caller).did(AuditAction.EVIDENCE_ATTACHED).on("product", productId).detail(file.name())
        .documents(List.of(d.sha256())).build());
    return d;
  }

  @Transactional
  public List<EvidenceDocument> list(Caller caller, long productId) {
    Product p = products.get(caller, productId);
    return em.createQuery("select d from EvidenceDocument d where d.product = :p order by d.id",
        EvidenceDocument.class).setParameter("p", p).getResultList();
  }

  /** A document with its bytes, for downloading. */
  @Transactional
  public EvidenceFile download(Caller caller, long productId, long documentId) {
    Product p = products.get(caller, productId);
    EvidenceDocument d = em.find(EvidenceDocument.class, documentId);
    if (d == null || !d.product().id().equals(p.id())) {
      throw new NotVisibleException("product " + productId + " has no evidence " + documentId);
    }
    return new EvidenceFile(d, em.find(EvidenceContent.class, d.id()).content());
  }

  /** An evidence document and its bytes. */
  public record EvidenceFile(EvidenceDocument document, byte[] content) {}
}
