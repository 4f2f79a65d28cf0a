package org.tanji.portal.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.tanji.portal.application.PlatformKey;

/** Signs and checks statements with the key the documents are signed with ({@link SignedDocuments#key()}). */
@ApplicationScoped
public class KeyStoreSignatures implements PlatformKey {
    @Inject
    SignedDocuments documents;

    @Override
    public Signed sign(byte[] statement) {
        SigningKey key = documents.key();
        String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initSign(key.privateKey());
            s.update(statement);
            return new Signed(algorithm, s.sign(), key.chain()[0].getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the platform's key: " + e.getMessage(), e);
        }
    }

    @Override
    public Check check(byte[] statement, Signed signed) {
        X509Certificate own = (X509Certificate) documents.key().chain()[0];
        try {
            if (!Arrays.equals(own.getEncoded(), signed.certificate())) {
                return Check.OTHER_KEY;
            }
            Signature s = Signature.getInstance(signed.algorithm());
            s.initVerify(own.getPublicKey());
            s.update(statement);
            return s.verify(signed.signature()) ? Check.VALID : Check.INVALID;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Check.INVALID; // an algorithm name or signature bytes someone changed
        }
    }
}
