package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.product.EvidenceDocument;
import org.tanji.portal.domain.model.product.EvidenceRepository;
import org.tanji.portal.domain.model.product.Product;

/** Evidence attached to a product: stored unchanged with its SHA-256, only of the accepted types. */
@ApplicationScoped
public class EvidenceService {
    /** Accepted evidence: PDF, PNG, JPEG, XLSX and CSV, told from the file's first bytes. */
    public static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "text/csv");

    @Inject
    EvidenceRepository documents;

    @Inject
    ProductService products;

    @Inject
    CertificationService cases;

    @Inject
    AuditLog audit;

    @Transactional
    public EvidenceDocument attach(
            Caller caller, long productId, UploadedFile file, String claimedType, String description) {
        Product p = products.actable(caller, productId);
        if (!ACCEPTED.contains(file.detectedType())) {
            throw new UploadRejectedException(415, file.name() + " is not a PDF, PNG, JPEG, XLSX or CSV file");
        }
        boolean generic = claimedType == null || claimedType.startsWith("application/octet-stream");
        if (!generic
                && !claimedType.startsWith(file.detectedType())
                && !(file.detectedType().equals("text/csv") && claimedType.startsWith("text/"))) {
            throw new UploadRejectedException(
                    415, file.name() + " was sent as " + claimedType + " but its content is " + file.detectedType());
        }
        EvidenceDocument d = new EvidenceDocument(
                p,
                file.name(),
                file.detectedType(),
                file.bytes().length,
                Sha256.of(file.bytes()),
                description,
                caller.login());
        documents.add(d, file.bytes());
        audit.record(AuditLog.by(caller)
                .did(AuditAction.EVIDENCE_ATTACHED)
                .on("product", productId)
                .detail(file.name())
                .documents(List.of(d.sha256()))
                .build());
        return d;
    }

    @Transactional
    public List<EvidenceDocument> list(Caller caller, long productId) {
        return documents.of(products.get(caller, productId));
    }

    /** A document with its bytes, for downloading. */
    @Transactional
    public EvidenceFile download(Caller caller, long productId, long documentId) {
        return file(products.get(caller, productId), documentId, "product " + productId);
    }

    /** The evidence of the product a certification case is about, for the case's parties, its certifiers too. */
    @Transactional
    public List<EvidenceDocument> ofCase(Caller caller, long applicationId) {
        return documents.of(cases.get(caller, applicationId).productVersion().product());
    }

    /** One document of a case's product, with its bytes. */
    @Transactional
    public EvidenceFile ofCase(Caller caller, long applicationId, long documentId) {
        return file(
                cases.get(caller, applicationId).productVersion().product(),
                documentId,
                "application " + applicationId);
    }

    /** The document {@code documentId} of {@code product}, else not found in the words of {@code seenAs}. */
    private EvidenceFile file(Product product, long documentId, String seenAs) {
        EvidenceDocument d = documents
                .find(documentId)
                .filter(doc -> doc.product().id().equals(product.id()))
                .orElseThrow(() -> new NotVisibleException(seenAs + " has no evidence " + documentId));
        return new EvidenceFile(d, documents.content(d));
    }

    /** An evidence document and its bytes. */
    public record EvidenceFile(EvidenceDocument document, byte[] content) {}
}
