package org.tanji.portal.infrastructure.documents;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * Signs an issued document, PAdES baseline B, with the certification body's {@link SigningKey}: an invisible
 * signature over the whole file, so that any change to it shows. The document stays PDF/A-3b.
 */
final class DocumentSigner {
    private DocumentSigner() {}

    static byte[] sign(byte[] document, SigningKey key, String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(document)), out)
                    .signWithBaselineBProfile(
                            new SignerProperties()
                                    .setFieldName("CertificationBodySignature")
                                    .setReason(reason)
                                    .setLocation("Tanji"),
                            key.chain(),
                            key.privateKey());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the document: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
