package org.tanji.portal.infrastructure.documents;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.tanji.portal.application.PublicVerification.DataQuality;
import org.tanji.portal.application.PublicVerification.PublicCertificate;
import org.tanji.portal.application.PublicVerification.ReferencePeriod;
import org.tanji.portal.application.PublicVerification.Uncertainty;

/**
 * The A4 certificate, bilingual: the footprint per declared unit (rounded by {@link Rounding}, the rule printed
 * beside it), the system boundary with its stages and a bar chart of the footprint by stage, the standard, GWP set
 * and primary data share, the holder, the dates, the certification body and a QR code to the public verification
 * page, the reference period, the data-quality rating and the certified Monte Carlo interval (or that there is none).
 * PDF/A-3b with the certificate's data embedded as {@code certificate.json} (AFRelationship Data), so
 * software reads it without scraping the page.
 */
final class CertificateRenderer {
    static final Color GREEN = new DeviceRgb(0x2e, 0x6b, 0x34);
    static final Color GREY = new DeviceRgb(0x4a, 0x5a, 0x4c);
    static final Color RED = new DeviceRgb(0xa4, 0x16, 0x1a);
    static final String DEVELOPMENT_NOTE =
            "以开发密钥签名，不具认证效力。 Signed with a development key: not a certification" + " body's signature.";

    private CertificateRenderer() {}

    static byte[] render(PublicCertificate c, String verificationUrl, boolean developmentKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfADocument pdf = PdfA.open(out, "产品碳足迹证书 Product carbon footprint certificate " + c.number(), c);
                Document page = new Document(pdf, PageSize.A4)) {
            PdfFont font = DocumentFonts.forDocument(c);
            page.setFont(font).setFontSize(9.5f).setMargins(34, 52, 30, 52);

            page.add(
                    new Paragraph("产品碳足迹证书").setFontSize(22).setFontColor(GREEN).setMarginBottom(0));
            page.add(new Paragraph("Product Carbon Footprint Certificate")
                    .setFontSize(16)
                    .setFontColor(GREEN)
                    .setMarginTop(0));
            page.add(new Paragraph("证书编号 Certificate No.  " + c.number()).setFontSize(12));

            page.add(new Paragraph()
                    .add(new Text(Rounding.significant(c.kgCo2e())).setFontSize(30))
                    .add(new Text("  kg CO").setFontSize(18))
                    .add(new Text("2").setFontSize(12).setTextRise(-4))
                    .add(new Text("e").setFontSize(18))
                    .setMarginBottom(0));
            page.add(new Paragraph("每声明单位 per declared unit: " + c.declaredUnit()).setMarginTop(0));
            page.add(new Paragraph(Rounding.RULE).setFontSize(8).setFontColor(GREY));

            Table facts = new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth();
            fact(facts, "产品 Product", c.product());
            fact(
                    facts,
                    "持证企业 Holder",
                    c.holder() + "\n统一社会信用代码 USCC " + c.holderCreditCode()
                            + (c.holderSite() == null || c.holderSite().isBlank()
                                    ? ""
                                    : "\n地址 Site: " + c.holderSite()));
            fact(facts, "系统边界 System boundary", c.systemBoundary() + ": " + String.join(", ", c.stages()));
            fact(facts, "参考期 Reference period", referencePeriod(c.referencePeriod()));
            fact(facts, "标准 Standard", c.standard());
            fact(facts, "全球变暖潜势 GWP set", "IPCC " + c.gwpSet() + ", 100 years");
            fact(facts, "数据质量 Data quality", dataQuality(c));
            fact(facts, "不确定性 Uncertainty", uncertainty(c.uncertainty()));
            fact(facts, "有效期 Validity", "颁发 issued " + day(c.issuedAt()) + "，有效至 valid until " + day(c.validUntil()));
            fact(facts, "认证机构 Certification body", c.issuer());
            page.add(facts.setMarginTop(8));

            page.add(new Paragraph("各生命周期阶段碳足迹 Footprint by life-cycle stage (kg CO₂e)")
                    .setFontSize(10)
                    .setFontColor(GREY)
                    .setMarginTop(8));
            page.add(new Image(StageChart.draw(pdf, font, c.kgCo2eByStage(), 480)));

            Image qr = new Image(PdfA.qrCode(pdf, verificationUrl)).setWidth(96).setHeight(96);
            Table verify = new Table(UnitValue.createPercentArray(new float[] {22, 78})).useAllAvailableWidth();
            verify.addCell(new Cell().add(qr).setBorder(com.itextpdf.layout.borders.Border.NO_BORDER));
            verify.addCell(new Cell()
                    .add(new Paragraph("扫码或访问以下网址验证证书当前状态\n"
                                    + "Scan, or open the address, to check the certificate's status now:\n"
                                    + verificationUrl)
                            .setFontSize(9))
                    .setBorder(com.itextpdf.layout.borders.Border.NO_BORDER));
            page.add(verify.setMarginTop(8));
            if (developmentKey) {
                page.add(new Paragraph(DEVELOPMENT_NOTE).setFontSize(9).setFontColor(RED));
            }
            page.add(new Paragraph("本证书状态以验证页面为准。 The verification page, not this paper, says whether the"
                            + " certificate is valid today.")
                    .setFontSize(8)
                    .setFontColor(GREY)
                    .setTextAlignment(TextAlignment.LEFT));
        }
        return out.toByteArray();
    }

    static String referencePeriod(ReferencePeriod p) {
        return p == null ? "未声明 not stated" : p.start() + " – " + p.end();
    }

    private static String dataQuality(PublicCertificate c) {
        String primary = "初级数据占比 primary data share " + percent(c.primaryDataShare());
        DataQuality q = c.dataQuality();
        if (q == null || q.overall() == null) {
            return "未评级 not rated\n" + primary;
        }
        return "DQR " + oneDecimal(q.overall()) + "（技术 technological " + oneDecimal(q.technological())
                + "，地理 geographical " + oneDecimal(q.geographical()) + "，时间 temporal " + oneDecimal(q.temporal())
                + "；1 很好 very good … 5 很差 very poor），评级覆盖 rated share " + percent(q.coverage()) + "\n"
                + primary;
    }

    private static String uncertainty(Uncertainty u) {
        if (u == null) {
            return "未经蒙特卡洛分析认证 no Monte Carlo analysis was certified";
        }
        return "95 % 区间 interval " + Rounding.significant(u.p2_5()) + " – " + Rounding.significant(u.p97_5())
                + " kg CO₂e (蒙特卡洛 Monte Carlo, " + String.format(Locale.ROOT, "%,d", u.iterations())
                + " 次 draws, seed " + u.seed() + ")";
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "\u00a0%"; // a non-breaking space: "85" and "%" stay on one line
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static void fact(Table t, String label, String value) {
        t.addCell(new Cell().add(new Paragraph(label).setFontColor(GREY)).setPadding(2.5f));
        t.addCell(
                new Cell().add(new Paragraph(value).setMultipliedLeading(1.1f)).setPadding(2.5f));
    }

    private static String day(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
