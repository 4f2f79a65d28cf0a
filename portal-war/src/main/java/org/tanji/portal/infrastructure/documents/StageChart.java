package org.tanji.portal.infrastructure.documents;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.util.Map;

/**
 * The footprint by life-cycle stage as a horizontal bar chart, drawn as vectors (it stays sharp when a label is
 * printed large): one row per stage, bars from a zero line, a negative stage (a net removal) to its left.
 */
final class StageChart {
    private static final float ROW = 16;
    private static final float LABEL = 130;
    private static final float VALUE = 70;
    private static final DeviceRgb BAR = new DeviceRgb(0x4f, 0x9a, 0x55);
    private static final DeviceRgb NEGATIVE = new DeviceRgb(0x3b, 0x6e, 0xa8);

    private StageChart() {}

    static PdfFormXObject draw(PdfDocument pdf, PdfFont font, Map<String, Double> byStage, float width) {
        float height = Math.max(1, byStage.size()) * ROW + 4;
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(form, pdf);
        double max =
                byStage.values().stream().mapToDouble(v -> Math.max(v, 0)).max().orElse(0);
        double min =
                byStage.values().stream().mapToDouble(v -> Math.min(v, 0)).min().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        float plot = width - LABEL - VALUE;
        float zero = LABEL + (float) (-min / span * plot);
        float y = height - ROW;
        for (Map.Entry<String, Double> stage : byStage.entrySet()) {
            double v = stage.getValue();
            float length = (float) (Math.abs(v) / span * plot);
            canvas.setFillColor(v < 0 ? NEGATIVE : BAR)
                    .rectangle(v < 0 ? zero - length : zero, y + 3, Math.max(length, 0.5f), ROW - 6)
                    .fill();
            text(canvas, font, stage.getKey(), 0, y + 4);
            text(canvas, font, Rounding.significant(v), width - VALUE + 6, y + 4);
            y -= ROW;
        }
        canvas.setStrokeColor(CertificateRenderer.GREY)
                .setLineWidth(0.5f)
                .moveTo(zero, 0)
                .lineTo(zero, height)
                .stroke();
        canvas.release();
        return form;
    }

    private static void text(PdfCanvas canvas, PdfFont font, String text, float x, float y) {
        canvas.beginText()
                .setFontAndSize(font, 8)
                .setFillColor(CertificateRenderer.GREY)
                .moveText(x, y)
                .showText(text)
                .endText();
    }
}
