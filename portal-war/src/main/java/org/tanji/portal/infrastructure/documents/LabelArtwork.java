package org.tanji.portal.infrastructure.documents;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The label as artwork for a packaging designer: a PNG at print resolution (its DPI recorded, so it places at its
 * real size) and an SVG at its real size in millimetres with the text as outlines (it needs no font where it is
 * opened). Both are drawn from the issued label PDF by PDFBox, so the three formats cannot say different things.
 */
final class LabelArtwork {
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private LabelArtwork() {}

    /** The label's first page as an RGB PNG at {@code dpi} dots per inch. */
    static byte[] png(byte[] labelPdf, int dpi) {
        try (PDDocument pdf = Loader.loadPDF(labelPdf)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB);
            return pngWithResolution(image, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the label as PNG", e);
        }
    }

    /** The label's first page as SVG, one user unit per PDF point, sized in millimetres. */
    static byte[] svg(byte[] labelPdf) {
        try (PDDocument pdf = Loader.loadPDF(labelPdf)) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            Document dom = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(dom);
            context.setComment("Carbon footprint label drawn by Tanji from the issued PDF; text as outlines");
            SVGGraphics2D g = new SVGGraphics2D(context, true);
            g.setSVGCanvasSize(new Dimension(Math.round(box.getWidth()), Math.round(box.getHeight())));
            new PDFRenderer(pdf).renderPageToGraphics(0, g, 1f);
            Element root = g.getRoot();
            root.setAttribute("width", millimetres(box.getWidth()));
            root.setAttribute("height", millimetres(box.getHeight()));
            root.setAttribute("viewBox", "0 0 " + box.getWidth() + " " + box.getHeight());
            root.setAttribute("xmlns", SVG_NS);
            // written without Batik's DOCTYPE: an SVG 1.0 DTD on the web makes offline tools fetch it or fail
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(root), new StreamResult(out));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the label as SVG", e);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the Java runtime cannot write XML", e);
        }
    }

    private static String millimetres(float points) {
        return String.format(Locale.ROOT, "%.2fmm", points / POINTS_PER_MM);
    }

    /** PNG with its pHYs chunk saying {@code dpi}, so layout software places it at the label's size. */
    private static byte[] pngWithResolution(BufferedImage image, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return out.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}
