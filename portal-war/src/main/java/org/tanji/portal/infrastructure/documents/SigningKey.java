package org.tanji.portal.infrastructure.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Enumeration;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key a certification body signs its documents with: from the PKCS #12 key store the admin configures
 * ({@code tanji.signing.keystore}, {@code tanji.signing.password}, optionally {@code tanji.signing.alias}), or —
 * when none is configured — a self-signed development key made on the first start and kept in the server's data
 * directory; a document signed with it says so on its face.
 *
 * @param development whether this is the generated development key
 */
record SigningKey(PrivateKey privateKey, Certificate[] chain, boolean development) {
    static final String DEVELOPMENT_NAME = "CN=Tanji development key - not a certification body,O=Tanji";
    private static final char[] DEVELOPMENT_PASSWORD = "development-only".toCharArray();

    /** The configured key, or the development key under {@code dataDirectory}. */
    static SigningKey configuredOr(Path dataDirectory) {
        String store = System.getProperty("tanji.signing.keystore");
        if (store == null || store.isBlank()) {
            return development(dataDirectory.resolve("tanji").resolve("development-signing.p12"));
        }
        String password = System.getProperty("tanji.signing.password", "");
        return load(Path.of(store), password.toCharArray(), System.getProperty("tanji.signing.alias"), false);
    }

    /** The development key in {@code file}, made there first (ECDSA P-256) if it is not there yet. */
    static SigningKey development(Path file) {
        return development(file, Algorithm.EC_P256);
    }

    /** The development key in {@code file}, made there first with {@code algorithm} if it is not there yet. */
    static SigningKey development(Path file, Algorithm algorithm) {
        if (!Files.exists(file)) {
            create(file, algorithm);
        }
        return load(file, DEVELOPMENT_PASSWORD, null, true);
    }

    /**
     * What a development key is made with. ECDSA on P-256 signs in about 0.4 ms here, RSA-3072 in about 2.5 ms —
     * for labels issued by the thousand the difference shows; both are what ETSI TS 119 312 recommends.
     */
    enum Algorithm {
        EC_P256("EC", "SHA256withECDSA"),
        RSA_3072("RSA", "SHA256withRSA");

        final String keyAlgorithm;
        final String signatureAlgorithm;

        Algorithm(String keyAlgorithm, String signatureAlgorithm) {
            this.keyAlgorithm = keyAlgorithm;
            this.signatureAlgorithm = signatureAlgorithm;
        }

        KeyPair generate() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm);
            if (this == EC_P256) {
                generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            } else {
                generator.initialize(3072, new SecureRandom());
            }
            return generator.generateKeyPair();
        }
    }

    private static SigningKey load(Path file, char[] password, String alias, boolean development) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            String name = alias != null ? alias : firstKey(ks, file);
            PrivateKey key = (PrivateKey) ks.getKey(name, password);
            Certificate[] chain = ks.getCertificateChain(name);
            if (key == null || chain == null) {
                throw new IllegalStateException("the key store " + file + " has no private key with a certificate"
                        + " chain under the alias " + name + ": set tanji.signing.alias to one that has");
            }
            return new SigningKey(key, chain, development);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot read the signing key store " + file + " (check the file and" + " tanji.signing.password): "
                            + e.getMessage(),
                    e);
        }
    }

    private static String firstKey(KeyStore ks, Path file) throws GeneralSecurityException {
        for (Enumeration<String> aliases = ks.aliases(); aliases.hasMoreElements(); ) {
            String a = aliases.nextElement();
            if (ks.isKeyEntry(a)) {
                return a;
            }
        }
        throw new IllegalStateException("the key store " + file + " holds no private key");
    }

    /** A new self-signed key, valid ten years, in a PKCS #12 file. */
    private static void create(Path file, Algorithm algorithm) {
        try {
            KeyPair pair = algorithm.generate();
            Instant now = Instant.now();
            X500Name name = new X500Name(DEVELOPMENT_NAME);
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    name,
                                    new BigInteger(64, new SecureRandom()),
                                    Date.from(now.minus(Duration.ofDays(1))),
                                    Date.from(now.plus(Duration.ofDays(3650))),
                                    name,
                                    pair.getPublic())
                            .build(new JcaContentSignerBuilder(algorithm.signatureAlgorithm).build(pair.getPrivate())));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("development", pair.getPrivate(), DEVELOPMENT_PASSWORD, new Certificate[] {certificate});
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                ks.store(out, DEVELOPMENT_PASSWORD);
            }
        } catch (IOException | GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("cannot make the development signing key in " + file, e);
        }
    }
}
