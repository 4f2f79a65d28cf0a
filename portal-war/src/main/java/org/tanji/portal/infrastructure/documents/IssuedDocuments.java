package org.tanji.portal.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import org.tanji.portal.application.CertificateDocuments;
import org.tanji.portal.application.PublicVerification.PublicCertificate;

/** The certificate and label renderers behind the application's port. */
@ApplicationScoped
public class IssuedDocuments implements CertificateDocuments {
    @Override
    public byte[] certificatePdf(PublicCertificate certificate, String verificationUrl) {
        return CertificateRenderer.render(certificate, verificationUrl);
    }

    @Override
    public byte[] labelPdf(PublicCertificate certificate, String verificationUrl, LabelSize size) {
        return LabelRenderer.render(certificate, verificationUrl, size);
    }
}
