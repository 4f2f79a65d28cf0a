package org.tanji.portal.infrastructure.documents;

import com.itextpdf.signatures.ITSAClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.tanji.portal.application.CertificateDocuments;
import org.tanji.portal.application.PublicVerification.PublicCertificate;

/**
 * The certificate and label renderers behind the application's port, each document signed by the certification
 * body's key ({@link SigningKey}) after it is rendered.
 */
@ApplicationScoped
public class SignedDocuments implements CertificateDocuments {
    private static final Logger LOG = Logger.getLogger(SignedDocuments.class.getName());

    private volatile SigningKey key;
    private volatile ITSAClient timeStamps;

    public SignedDocuments() {}

    /** Documents signed with {@code key}, without a time-stamp authority (benchmarks, tests). */
    SignedDocuments(SigningKey key) {
        this.key = key;
    }

    /** The key, read (or, for development, made) at its first use: a portal that issues nothing needs none. */
    SigningKey key() {
        SigningKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    Path data = Path.of(System.getProperty("jboss.server.data.dir", "target"));
                    timeStamps = TimeStamping.configured();
                    key = SigningKey.configuredOr(data);
                    if (key.development()) {
                        LOG.warning(() -> "documents are signed with a self-signed DEVELOPMENT key under " + data
                                + "/tanji and say so on their face; set tanji.signing.keystore and"
                                + " tanji.signing.password to the certification body's PKCS #12 key store");
                    }
                    if (timeStamps == null) {
                        LOG.info("documents are signed at PAdES baseline B; set tanji.signing.tsa-url to a time-stamp"
                                + " authority for B-T");
                    }
                }
                k = key;
            }
        }
        return k;
    }

    @Override
    public byte[] certificatePdf(PublicCertificate certificate, String verificationUrl) {
        SigningKey k = key();
        return DocumentSigner.sign(
                CertificateRenderer.render(certificate, verificationUrl, k.development()),
                k,
                timeStamps,
                "Certificate " + certificate.number() + " issued by " + certificate.issuer());
    }

    @Override
    public byte[] labelPdf(PublicCertificate certificate, String verificationUrl, LabelSize size) {
        SigningKey k = key();
        return DocumentSigner.sign(
                LabelRenderer.render(certificate, verificationUrl, size, k.development()),
                k,
                timeStamps,
                "Label of certificate " + certificate.number());
    }

    @Override
    public byte[] labelArtwork(byte[] labelPdf, ArtworkFormat format) {
        return switch (format) {
            case PNG -> LabelArtwork.png(labelPdf, 600);
            case SVG -> LabelArtwork.svg(labelPdf);
        };
    }
}
