package org.tanji.portal.infrastructure.documents;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * Signs an issued document with the certification body's {@link SigningKey}: an invisible signature over the whole
 * file, so that any change to it shows; PAdES baseline B-T when a {@link TimeStamping time-stamp authority} is
 * configured, B otherwise. The document stays PDF/A-3b.
 */
final class DocumentSigner {
    private DocumentSigner() {}

    /** {@code document} signed; {@code timeStamps} is the authority's client, or null for baseline B. */
    static byte[] sign(byte[] document, SigningKey key, ITSAClient timeStamps, String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(document)), out);
            SignerProperties properties = new SignerProperties()
                    .setFieldName("CertificationBodySignature")
                    .setReason(reason)
                    .setLocation("Tanji");
            if (timeStamps == null) {
                signer.signWithBaselineBProfile(properties, key.chain(), key.privateKey());
            } else {
                signer.signWithBaselineTProfile(properties, key.chain(), key.privateKey(), timeStamps);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the document: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
