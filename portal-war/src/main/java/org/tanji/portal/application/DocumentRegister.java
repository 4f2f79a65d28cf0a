package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.tanji.portal.application.PublicVerification.PublicCertificate;
import org.tanji.portal.domain.model.Sha256;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.workflow.Certificate;
import org.tanji.portal.domain.model.workflow.CertificateRepository;
import org.tanji.portal.domain.model.workflow.IssuedDocument;
import org.tanji.portal.domain.model.workflow.WorkflowRefusal;
import org.tanji.portal.domain.model.workflow.WorkflowRule;

/**
 * A certificate's signed documents, issued once and kept as issued: the first download renders and signs one
 * (audited with its SHA-256), every later download gives the same file, and anyone may check a file in hand
 * against what was issued.
 */
@ApplicationScoped
public class DocumentRegister {
    @Inject
    CertificateRepository certificates;

    @Inject
    PublicVerification verification;

    @Inject
    CertificateDocuments documents;

    @Inject
    AuditLog audit;

    /**
     * The certificate's newest A4 document, issued now if there is none; its QR code leads to the verification
     * page of the portal at {@code portalUrl}.
     */
    @Transactional
    public IssuedDocument certificate(String number, String portalUrl) {
        return document(number, IssuedDocument.Kind.CERTIFICATE, portalUrl);
    }

    /** The certificate's newest label of this size, issued now if there is none. */
    @Transactional
    public IssuedDocument label(String number, CertificateDocuments.LabelSize size, String portalUrl) {
        return document(
                number,
                size == CertificateDocuments.LabelSize.SMALL
                        ? IssuedDocument.Kind.LABEL_50X30
                        : IssuedDocument.Kind.LABEL_100X60,
                portalUrl);
    }

    /** The artwork of the certificate's newest label of this size (issued now if there is none). */
    @Transactional
    public byte[] labelArtwork(
            String number,
            CertificateDocuments.LabelSize size,
            CertificateDocuments.ArtworkFormat format,
            String portalUrl) {
        return documents.labelArtwork(label(number, size, portalUrl).content(), format);
    }

    private IssuedDocument document(String number, IssuedDocument.Kind kind, String portalUrl) {
        Certificate c = verification.certificate(number);
        return certificates.latestDocument(c, kind).orElseGet(() -> issue(c, verification.view(c), kind, portalUrl));
    }

    private IssuedDocument issue(Certificate c, PublicCertificate view, IssuedDocument.Kind kind, String portalUrl) {
        if (!view.valid()) {
            // what was issued while it was valid stays available; nothing new is issued for it
            throw new WorkflowRefusal(
                    WorkflowRule.STATE, "certificate " + c.number() + " is " + view.status() + ": no new documents");
        }
        String url = PublicVerification.verificationUrl(portalUrl, view);
        byte[] pdf = switch (kind) {
            case CERTIFICATE -> documents.certificatePdf(view, url);
            case LABEL_50X30 -> documents.labelPdf(view, url, CertificateDocuments.LabelSize.SMALL);
            case LABEL_100X60 -> documents.labelPdf(view, url, CertificateDocuments.LabelSize.LARGE);
        };
        IssuedDocument d = new IssuedDocument(c, kind, pdf);
        certificates.addDocument(d);
        audit.record(AuditLog.by(Caller.SYSTEM)
                .did(AuditAction.DOCUMENT_ISSUED)
                .on("certificate", c.number())
                .detail(kind.name())
                .documents(List.of(d.sha256()))
                .build());
        return d;
    }

    /**
     * What a file in hand is: a document issued here, byte for byte, with its certificate as it stands now (whose
     * status may have changed since), or not.
     *
     * @param issued whether the file is one issued here, unaltered
     * @param latest whether it is the newest document of its kind for the certificate
     */
    public record Check(
            boolean issued,
            String sha256,
            IssuedDocument.Kind kind,
            Instant issuedAt,
            boolean latest,
            PublicCertificate certificate) {}

    @Transactional
    public Check check(byte[] file) {
        String sha = Sha256.of(file);
        return certificates
                .documentBySha256(sha)
                .map(d -> new Check(
                        true,
                        sha,
                        d.kind(),
                        d.issuedAt(),
                        certificates
                                .latestDocument(d.certificate(), d.kind())
                                .map(l -> l.sha256().equals(sha))
                                .orElse(false),
                        verification.view(d.certificate())))
                .orElse(new Check(false, sha, null, null, false, null));
    }
}
