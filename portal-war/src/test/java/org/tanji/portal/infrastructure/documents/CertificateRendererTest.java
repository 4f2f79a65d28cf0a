package org.tanji.portal.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tanji.portal.application.PublicVerification.DataQuality;
import org.tanji.portal.application.PublicVerification.PublicCertificate;
import org.tanji.portal.application.PublicVerification.ReferencePeriod;
import org.tanji.portal.application.PublicVerification.Uncertainty;
import org.tanji.portal.application.StoredJson;
import org.tanji.portal.domain.model.workflow.CertificateState;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** The A4 certificate as a buyer's software and a buyer's eyes get it. */
public class CertificateRendererTest {
    static final String URL = "https://tanji.example/verify.html?t=Q2VydGlmaWNhdGUgY29kZQ";
    static byte[] pdf;

    static final String HOLDER = "厦门示范储能科技有限公司 Xiamen Demo Energy Storage Co., Ltd.";

    static PublicCertificate certificate() {
        return certificate(HOLDER, Instant.parse("2026-12-04T08:00:00Z"));
    }

    /** The example certificate held by {@code holder}, in its state since {@code statusSince}. */
    static PublicCertificate certificate(String holder, Instant statusSince) {
        Map<String, Double> byStage = new LinkedHashMap<>();
        byStage.put("raw-material-acquisition", 702.4);
        byStage.put("production", 98.1);
        byStage.put("distribution", 21.7);
        byStage.put("use", 44.2);
        byStage.put("end-of-life", -3.9);
        return new PublicCertificate(
                "TJ-2026-000123-K",
                CertificateState.ACTIVE,
                true,
                statusSince,
                null,
                holder,
                "91350200MA8DEMX01Q",
                "福建省厦门市海沧区示范路 1 号 1 Demo Road, Haicang, Xiamen, Fujian",
                "家用储能电池 LFP home battery 5.12 kWh",
                862.53,
                "kg CO2e",
                "1 piece (one battery pack, 6,000 cycles of service life)",
                "cradle-to-grave",
                List.of("raw-material-acquisition", "production", "distribution", "use", "end-of-life"),
                byStage,
                0.18,
                new ReferencePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                new DataQuality(2.0, 1.5, 2.75, 2.0833, 0.85),
                new Uncertainty(801.449, 951.551, 10_000, 42),
                "AR6",
                "ISO 14067:2018; GB/T 24067-2024",
                Instant.parse("2026-12-04T08:00:00Z"),
                Instant.parse("2028-12-04T08:00:00Z"),
                "福建碳足迹认证中心 Fujian Certification Centre",
                "Q2VydGlmaWNhdGUgY29kZQ");
    }

    @BeforeAll
    static void render() throws Exception {
        pdf = new SignedDocuments().certificatePdf(certificate(), URL);
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve("certificate.pdf"), pdf);
    }

    @Test
    void isPdfA3bAsVeraPdfChecksIt() throws Exception {
        assertPdfA3b(pdf);
    }

    static void assertPdfA3b(byte[] document) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(document))) {
            assertEquals(PDFAFlavour.PDFA_3_B, parser.getFlavour());
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false);
            ValidationResult result = validator.validate(parser);
            assertTrue(result.isCompliant(), () -> "veraPDF: " + result.getTestAssertions());
        }
    }

    @Test
    void theTextLayerHasTheChineseAndTheFigures() throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            String text = PdfTextExtractor.getTextFromPage(doc.getFirstPage());
            for (String expected : List.of(
                    "产品碳足迹证书",
                    "TJ-2026-000123-K",
                    "863", // 862.53 to three significant figures
                    "厦门示范储能科技有限公司",
                    "91350200MA8DEMX01Q",
                    "厦门市海沧区示范路",
                    "2028-12-04",
                    "ISO 14067:2018",
                    "18\u00a0%",
                    "2025-01-01 – 2025-12-31",
                    "DQR 2.1", // 2.0833 to one decimal
                    "85\u00a0%",
                    "801 – 952", // the interval to three significant figures
                    "10,000")) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
        }
    }

    @Test
    void carriesItsDataAsAnAssociatedJsonFile() throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfDictionary spec =
                    doc.getCatalog().getPdfObject().getAsArray(PdfName.AF).getAsDictionary(0);
            assertEquals(PdfName.Data, spec.getAsName(PdfName.AFRelationship));
            PdfStream file = spec.getAsDictionary(PdfName.EF).getAsStream(PdfName.F);
            String json = new String(file.getBytes(), StandardCharsets.UTF_8);
            assertEquals("TJ-2026-000123-K", StoredJson.tree(json).get("number").asText());
            assertEquals(862.53, StoredJson.tree(json).get("kgCo2e").asDouble());
        }
    }

    @Test
    void theQrCodeOpensTheVerificationPage(@TempDir Path dir) throws Exception {
        assertEquals(URL, qrCodeOf(rendered(pdf, "certificate", 150, dir)));
    }

    /** The page rendered by poppler's pdftoppm at {@code dpi}, also kept as target/documents/{name}.png. */
    static BufferedImage rendered(byte[] document, String name, int dpi, Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "needs poppler-utils (pdftoppm)");
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, document);
        Process p = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        String.valueOf(dpi),
                        "-singlefile",
                        file.toString(),
                        dir.resolve(name).toString())
                .redirectErrorStream(true)
                .start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Path png = dir.resolve(name + ".png");
        Files.createDirectories(Path.of("target", "documents"));
        Files.copy(png, Path.of("target", "documents", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        return ImageIO.read(png.toFile());
    }

    public static String qrCodeOf(BufferedImage page) throws Exception {
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    @Test
    void isSignedByTheBodysKeyAndAOneByteChangeShows(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "needs poppler-utils (pdfsig)");
        String signed = pdfsig(pdf, dir.resolve("signed.pdf"));
        assertTrue(signed.contains("Signature Validation: Signature is Valid."), signed);
        assertTrue(signed.contains("Tanji development key"), signed);
        assertTrue(signed.contains("PAdES") || signed.contains("ETSI.CAdES.detached"), signed);

        byte[] changed = pdf.clone();
        int at = new String(changed, StandardCharsets.ISO_8859_1).indexOf("TJ-2026-000123-K"); // in the data
        assertTrue(at > 0);
        changed[at + 15] = 'X';
        String tampered = pdfsig(changed, dir.resolve("changed.pdf"));
        assertTrue(!tampered.contains("Signature is Valid."), tampered);
    }

    @Test
    void withATimeStampAuthorityTheSignatureIsBaselineBTAndItsTokenCoversTheSignature() throws Exception {
        byte[] stamped;
        try (LocalTimeStampAuthority tsa = new LocalTimeStampAuthority()) {
            System.setProperty("tanji.signing.tsa-url", tsa.url());
            try {
                stamped = new SignedDocuments().certificatePdf(certificate(), URL);
            } finally {
                System.clearProperty("tanji.signing.tsa-url");
            }
            assertEquals(1, tsa.tokens());
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(stamped)))) {
            SignatureUtil signatures = new SignatureUtil(doc);
            PdfPKCS7 signature = signatures.readSignatureData("CertificationBodySignature");
            assertTrue(signature.verifySignatureIntegrityAndAuthenticity());
            assertTrue(signature.verifyTimestampImprint(), "the token is over this signature");
            assertEquals(
                    LocalTimeStampAuthority.NAME,
                    ((X509Certificate) signature.getTimestampCertificates()[0])
                            .getSubjectX500Principal()
                            .getName());
            long age = System.currentTimeMillis() - signature.getTimeStampDate().getTimeInMillis();
            assertTrue(age >= 0 && age < 60_000, "stamped now, not " + age + " ms ago");
        }
        CertificateRendererTest.assertPdfA3b(stamped);
        // without an authority: baseline B, no token
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertEquals(
                    null,
                    new SignatureUtil(doc)
                            .readSignatureData("CertificationBodySignature")
                            .getTimeStampTokenInfo());
        }
    }

    @Test
    void aDocumentSignedWithTheDevelopmentKeySaysSo() throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            String text = PdfTextExtractor.getTextFromPage(doc.getFirstPage());
            assertTrue(text.contains("Signed with a development key"), text);
        }
    }

    private static String pdfsig(byte[] document, Path file) throws Exception {
        Files.write(file, document);
        Process p = new ProcessBuilder("pdfsig", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void aReissueAfterReinstatementShowsTheSameCertificateAndTheSameNumbers(@TempDir Path dir) throws Exception {
        // suspended in spring, reinstated in summer, and its PDF made again: a new file, the same certificate
        PublicCertificate reinstated = certificate(HOLDER, Instant.parse("2027-07-01T09:30:00Z"));
        Thread.sleep(1100); // a later second in the file's own dates
        byte[] again = new SignedDocuments().certificatePdf(reinstated, URL);
        assertFalse(java.util.Arrays.equals(pdf, again), "a re-issue is a new file with its own signature");
        assertEquals(textOf(pdf), textOf(again));
        BufferedImage before = rendered(pdf, "certificate-first", 72, dir);
        BufferedImage after = rendered(again, "certificate-reissued", 72, dir);
        assertEquals(before.getWidth(), after.getWidth());
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                assertEquals(before.getRGB(x, y), after.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        JsonNode was = embeddedData(pdf);
        JsonNode is = embeddedData(again);
        for (String certified : List.of("kgCo2e", "kgCo2eByStage", "uncertainty", "dataQuality", "referencePeriod")) {
            assertEquals(was.get(certified), is.get(certified), certified);
        }
    }

    private static String textOf(byte[] document) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(document)))) {
            return PdfTextExtractor.getTextFromPage(doc.getFirstPage());
        }
    }

    private static JsonNode embeddedData(byte[] document) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(document)))) {
            PdfDictionary spec =
                    doc.getCatalog().getPdfObject().getAsArray(PdfName.AF).getAsDictionary(0);
            PdfStream file = spec.getAsDictionary(PdfName.EF).getAsStream(PdfName.F);
            return StoredJson.tree(new String(file.getBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void roundsToThreeSignificantFigures() {
        assertEquals("863", Rounding.significant(862.53));
        assertEquals("12,300", Rounding.significant(12_345.0));
        assertEquals("0.0123", Rounding.significant(0.012_345));
        assertEquals("-3.9", Rounding.significant(-3.9));
        assertEquals("1,000", Rounding.significant(999.5)); // half away from zero
    }
}
