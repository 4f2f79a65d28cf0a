package org.tanji.portal.infrastructure.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tanji.portal.application.CertificateDocuments.LabelSize;
import org.tanji.portal.application.PublicVerification.PublicCertificate;

/**
 * Labels per second on one thread: rendered as PDF/A-3b (font subset, QR code, embedded data), and rendered and
 * signed (PAdES B, with an ECDSA P-256 or an RSA-3072 key), the way the portal issues them. Run on demand (README, Benchmarks), never in
 * {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class LabelBenchmark {
    private static final String URL = "https://tanji.example/verify.html?t=Q2VydGlmaWNhdGUgY29kZQ";
    /** The development key's algorithm; a certification body's own key is often RSA. */
    @Param({"EC_P256", "RSA_3072"})
    public String keyAlgorithm;

    private SignedDocuments documents;
    private PublicCertificate certificate;

    @Setup
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("label-benchmark");
        // made once, outside the measurement
        documents = new SignedDocuments(
                SigningKey.development(dir.resolve("key.p12"), SigningKey.Algorithm.valueOf(keyAlgorithm)));
        certificate = CertificateRendererTest.certificate();
    }

    @Benchmark
    public byte[] renderedLabel() {
        return LabelRenderer.render(certificate, URL, LabelSize.SMALL, true);
    }

    @Benchmark
    public byte[] signedLabel() {
        return documents.labelPdf(certificate, URL, LabelSize.SMALL);
    }
}
