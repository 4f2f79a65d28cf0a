package org.tanji.portal.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tanji.portal.application.CertificateDocuments.LabelSize;
import org.tanji.portal.application.PublicVerification.PublicCertificate;

/** The documents' two fonts: the common one has every fixed word; a rare character in a name takes the full one. */
class DocumentFontsTest {
    private static final Path SOURCES = Path.of("src/main/java/org/tanji/portal/infrastructure/documents");

    @Test
    void everyFixedWordOfTheDocumentsIsInTheCommonFont() throws Exception {
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        int words = 0;
        for (String file :
                List.of("CertificateRenderer.java", "LabelRenderer.java", "Rounding.java", "StageChart.java")) {
            Matcher m = literal.matcher(Files.readString(SOURCES.resolve(file)));
            while (m.find()) {
                String word = m.group(1).replace("\\u00a0", "\u00a0").replace("\\n", "\n");
                assertTrue(DocumentFonts.inCommonFont(word), file + ": \"" + word + "\" is not in the common font");
                words++;
            }
        }
        assertTrue(words > 40, "read the renderers' words: " + words);
    }

    @Test
    void aHolderWrittenWithACharacterOutsideGb2312IsPrintedWithTheFullFont() throws Exception {
        // 喆 (U+5586) is in GBK but not in GB 2312: common in given names, missing from the common font
        String holder = "厦门陶喆储能有限公司 Xiamen Tao Zhe Energy Storage Co., Ltd.";
        assertTrue(!DocumentFonts.inCommonFont(holder));
        PublicCertificate rare = CertificateRendererTest.certificate(holder, Instant.parse("2026-12-04T08:00:00Z"));
        byte[] label = new SignedDocuments().labelPdf(rare, CertificateRendererTest.URL, LabelSize.LARGE);
        CertificateRendererTest.assertPdfA3b(label);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(label)))) {
            String text = PdfTextExtractor.getTextFromPage(doc.getFirstPage());
            assertTrue(text.contains("陶喆"), text);
        }
    }
}
