package org.tanji.portal.infrastructure.documents;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tanji.portal.application.CertificateDocuments.LabelSize;
import org.tanji.portal.application.PublicVerification.PublicCertificate;

/**
 * Labels per second on one thread: rendered as PDF/A-3b (font subset, QR code, embedded data), and rendered and
 * signed (PAdES B, RSA-3072), the way the portal issues them. Run on demand (README, Benchmarks), never in
 * {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class LabelBenchmark {
    private static final String URL = "https://tanji.example/verify.html?t=Q2VydGlmaWNhdGUgY29kZQ";
    private SignedDocuments documents;
    private PublicCertificate certificate;

    @Setup
    public void setUp() {
        documents = new SignedDocuments();
        documents.key(); // made or read once, outside the measurement
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
