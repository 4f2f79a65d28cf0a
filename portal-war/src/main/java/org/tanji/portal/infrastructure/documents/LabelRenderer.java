package org.tanji.portal.infrastructure.documents;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import org.tanji.portal.application.CertificateDocuments.LabelSize;
import org.tanji.portal.application.PublicVerification.PublicCertificate;

/**
 * The carbon footprint label printed on packaging, at its real size: the footprint per declared unit (rounded by
 * {@link Rounding}), the certificate number and validity and a QR code to the verification page; the larger size
 * adds the product, the holder, the boundary and the standard. Sizes are in points (1 mm = 72 / 25.4 pt), so a
 * print shop gets the label at 100 %.
 */
final class LabelRenderer {
    private static final float POINTS_PER_MM = 72f / 25.4f;

    private LabelRenderer() {}

    static byte[] render(PublicCertificate c, String verificationUrl, LabelSize size, boolean developmentKey) {
        boolean large = size == LabelSize.LARGE;
        float width = size.widthMm * POINTS_PER_MM;
        float height = size.heightMm * POINTS_PER_MM;
        float scale = large ? 1.6f : 1f;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfADocument pdf = PdfA.open(out, "碳足迹标签 Carbon footprint label " + c.number(), c);
                Document label = new Document(pdf, new PageSize(width, height))) {
            PdfFont font = DocumentFonts.forDocument(c);
            float margin = 2.5f * POINTS_PER_MM;
            label.setMargins(margin, margin, margin, margin);
            label.setFont(font).setFontColor(CertificateRenderer.GREEN);

            // the code takes at most two fifths of the width: at 20 mm it still scans from an arm's length
            float qrSide = Math.min(height - 2 * margin - 4, width * (large ? 0.36f : 0.40f));
            Table layout = new Table(UnitValue.createPointArray(new float[] {width - 2 * margin - qrSide, qrSide}))
                    .setBorder(new SolidBorder(CertificateRenderer.GREEN, 0.8f))
                    .setWidth(width - 2 * margin)
                    .setHeight(height - 2 * margin - 1);
            Cell words = new Cell()
                    .setBorder(Border.NO_BORDER)
                    .setPadding(2 * scale)
                    .setVerticalAlignment(VerticalAlignment.MIDDLE);
            words.add(line("产品碳足迹 Carbon footprint", 5.5f * scale));
            words.add(new Paragraph()
                    .add(new Text(Rounding.significant(c.kgCo2e())).setFontSize(15 * scale))
                    .add(new Text(" kg CO").setFontSize(7 * scale))
                    .add(new Text("2").setFontSize(5 * scale).setTextRise(-1.5f * scale))
                    .add(new Text("e").setFontSize(7 * scale))
                    .setMultipliedLeading(1f)
                    .setMargin(0));
            words.add(line("每 per " + shortUnit(c.declaredUnit()), 5 * scale));
            if (large) {
                words.add(line(c.product(), 5.5f));
                words.add(line(c.holder(), 5));
                words.add(line(c.systemBoundary() + " · " + c.standard() + " · " + c.gwpSet(), 4.5f));
            }
            words.add(line(
                    c.number() + "  有效至 valid until "
                            + c.validUntil().atOffset(ZoneOffset.UTC).toLocalDate(),
                    4.3f * scale));
            if (developmentKey) {
                words.add(line("开发密钥 DEVELOPMENT KEY", 4.3f * scale).setFontColor(CertificateRenderer.RED));
            }
            layout.addCell(words);
            layout.addCell(new Cell()
                    .add(new Image(PdfA.qrCode(pdf, verificationUrl))
                            .setWidth(qrSide - 4)
                            .setHeight(qrSide - 4))
                    .setBorder(Border.NO_BORDER)
                    .setPadding(2)
                    .setVerticalAlignment(VerticalAlignment.MIDDLE));
            label.add(layout);
        }
        return out.toByteArray();
    }

    private static Paragraph line(String text, float size) {
        return new Paragraph(text).setFontSize(size).setMultipliedLeading(1.05f).setMargin(0);
    }

    /** "1 piece" of "1 piece (one battery pack, …)": what fits on a label. */
    private static String shortUnit(String declaredUnit) {
        int detail = declaredUnit.indexOf(" (");
        return detail < 0 ? declaredUnit : declaredUnit.substring(0, detail);
    }
}
