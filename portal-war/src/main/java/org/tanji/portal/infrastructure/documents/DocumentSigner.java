package org.tanji.portal.infrastructure.documents;

import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.ProviderDigest;
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
    private static final ProviderDigest JAVA_DIGESTS = new ProviderDigest(null);

    private DocumentSigner() {}

    /** {@code document} signed; {@code timeStamps} is the authority's client, or null for baseline B. */
    static byte[] sign(byte[] document, SigningKey key, ITSAClient timeStamps, String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(document)), out)
                    .setExternalDigest(JAVA_DIGESTS);
            // SHA-256 and the Java runtime's own providers: iText's default (SHA-512, Bouncy Castle's pure-Java
            // code, its elliptic-curve tables made again for every key object) took most of a label's signing time
            IExternalSignature signature = new PrivateKeySignature(key.privateKey(), DigestAlgorithms.SHA256, null);
            SignerProperties properties = new SignerProperties()
                    .setFieldName("CertificationBodySignature")
                    .setReason(reason)
                    .setLocation("Tanji");
            if (timeStamps == null) {
                signer.signWithBaselineBProfile(properties, key.chain(), signature);
            } else {
                signer.signWithBaselineTProfile(properties, key.chain(), signature, timeStamps);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the document: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
