package org.tanji.portal.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tanji.portal.application.CertificateDocuments.LabelSize;

/** The packaging label in both sizes: real size, PDF/A-3b, the words in its text layer, a QR code that scans. */
class LabelRendererTest {
    @ParameterizedTest
    @EnumSource(LabelSize.class)
    void aLabelAtItsPrintedSizeThatScans(LabelSize size, @TempDir Path dir) throws Exception {
        byte[] label = new SignedDocuments()
                .labelPdf(CertificateRendererTest.certificate(), CertificateRendererTest.URL, size);
        CertificateRendererTest.assertPdfA3b(label);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(label)))) {
            Rectangle page = doc.getFirstPage().getPageSize();
            // millimetres to points: 72 / 25.4
            assertEquals(size.widthMm * 72 / 25.4, page.getWidth(), 0.01);
            assertEquals(size.heightMm * 72 / 25.4, page.getHeight(), 0.01);
            String text = PdfTextExtractor.getTextFromPage(doc.getFirstPage());
            assertTrue(text.contains("产品碳足迹"), text);
            assertTrue(text.contains("863"), text);
            assertTrue(text.contains("TJ-2026-000123-K"), text);
        }
        // printed at 600 dpi, as a label printer would, the code scans back to the verification page
        BufferedImage png =
                CertificateRendererTest.rendered(label, "label-" + size.widthMm + "x" + size.heightMm, 600, dir);
        assertEquals(CertificateRendererTest.URL, CertificateRendererTest.qrCodeOf(png));
        assertTrue(inked(png) > 0.05, "the label is not blank");
    }

    /** The share of pixels that are not white. */
    private static double inked(BufferedImage png) {
        long dark = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                if ((png.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    dark++;
                }
            }
        }
        return dark / (double) (png.getWidth() * png.getHeight());
    }
}
