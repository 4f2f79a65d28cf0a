package org.tanji.portal.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tanji.portal.application.CertificateDocuments.ArtworkFormat;
import org.tanji.portal.application.CertificateDocuments.LabelSize;
import org.w3c.dom.Element;

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

    @Test
    void pngArtworkIsThePrintedLabelAtSixHundredDpi() throws Exception {
        byte[] png = new SignedDocuments().labelArtwork(labelPdf(LabelSize.SMALL), ArtworkFormat.PNG);
        Files.write(Path.of("target/documents").resolve("label-50x30-artwork.png"), png);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            // 50 mm at 600 dots per inch: 50 / 25.4 × 600 = 1181 pixels; 30 mm: 709
            assertEquals(1181, image.getWidth(), 1);
            assertEquals(709, image.getHeight(), 1);
            assertEquals(CertificateRendererTest.URL, CertificateRendererTest.qrCodeOf(image));
            assertTrue(inked(image) > 0.05, "the artwork is not blank");
            // the resolution is in the file: 600 dpi = 23,622 pixels per metre
            IIOMetadataNode phys = (IIOMetadataNode)
                    ((IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"))
                            .getElementsByTagName("pHYs")
                            .item(0);
            assertEquals("23622", phys.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
        }
    }

    @Test
    void svgArtworkIsAtItsSizeInMillimetresWithTheTextAsOutlines() throws Exception {
        byte[] svg = new SignedDocuments().labelArtwork(labelPdf(LabelSize.LARGE), ArtworkFormat.SVG);
        Files.write(Path.of("target/documents").resolve("label-100x60-artwork.svg"), svg);
        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg))
                .getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("100.00mm", root.getAttribute("width"));
        assertEquals("60.00mm", root.getAttribute("height"));
        // no font is needed to open it: every glyph is a path
        assertEquals(0, root.getElementsByTagName("text").getLength());
        assertTrue(root.getElementsByTagName("path").getLength() > 20);
        // drawn again from the SVG alone, at 600 dpi, the code still scans to the verification page
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, 2362f); // 100 mm at 600 dpi
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        transcoder.transcode(new TranscoderInput(new ByteArrayInputStream(svg)), new TranscoderOutput(drawn));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawn.toByteArray()));
        Files.write(Path.of("target/documents").resolve("label-100x60-from-svg.png"), drawn.toByteArray());
        assertEquals(CertificateRendererTest.URL, CertificateRendererTest.qrCodeOf(image));
    }

    private static byte[] labelPdf(LabelSize size) throws Exception {
        Files.createDirectories(Path.of("target/documents"));
        return new SignedDocuments().labelPdf(CertificateRendererTest.certificate(), CertificateRendererTest.URL, size);
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
