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
import org.tanji.portal.application.PublicVerification.PublicCertificate;

/**
 * The A4 certificate, bilingual: the footprint per declared unit (rounded by {@link Rounding}, the rule printed
 * beside it), the system boundary with its stages and a bar chart of the footprint by stage, the standard, GWP set
 * and primary data share, the holder, the dates, the certification body and a QR code to the public verification
 * page. PDF/A-3b with the certificate's data embedded as {@code certificate.json} (AFRelationship Data), so
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
            PdfFont font = DocumentFonts.forDocument();
            page.setFont(font).setFontSize(10).setMargins(48, 56, 48, 56);

            page.add(
                    new Paragraph("产品碳足迹证书").setFontSize(24).setFontColor(GREEN).setMarginBottom(0));
            page.add(new Paragraph("Product Carbon Footprint Certificate")
                    .setFontSize(16)
                    .setFontColor(GREEN)
                    .setMarginTop(0));
            page.add(new Paragraph("证书编号 Certificate No.  " + c.number()).setFontSize(12));

            page.add(new Paragraph()
                    .add(new Text(Rounding.significant(c.kgCo2e())).setFontSize(34))
                    .add(new Text("  kg CO").setFontSize(18))
                    .add(new Text("2").setFontSize(12).setTextRise(-4))
                    .add(new Text("e").setFontSize(18))
                    .setMarginBottom(0));
            page.add(new Paragraph("每声明单位 per declared unit: " + c.declaredUnit()).setMarginTop(0));
            page.add(new Paragraph(Rounding.RULE).setFontSize(8).setFontColor(GREY));

            Table facts = new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth();
            fact(facts, "产品 Product", c.product());
            fact(facts, "持证企业 Holder", c.holder() + "\n统一社会信用代码 USCC " + c.holderCreditCode());
            fact(facts, "系统边界 System boundary", c.systemBoundary() + ": " + String.join(", ", c.stages()));
            fact(facts, "标准 Standard", c.standard());
            fact(facts, "全球变暖潜势 GWP set", "IPCC " + c.gwpSet() + ", 100 years");
            fact(facts, "初级数据占比 Primary data share", Math.round(c.primaryDataShare() * 100) + " %");
            fact(facts, "颁发日期 Issued", day(c.issuedAt()));
            fact(facts, "有效期至 Valid until", day(c.validUntil()));
            fact(facts, "认证机构 Certification body", c.issuer());
            page.add(facts.setMarginTop(8));

            page.add(new Paragraph("各生命周期阶段碳足迹 Footprint by life-cycle stage (kg CO₂e)")
                    .setFontSize(10)
                    .setFontColor(GREY)
                    .setMarginTop(12));
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
            page.add(verify.setMarginTop(14));
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

    private static void fact(Table t, String label, String value) {
        t.addCell(new Cell().add(new Paragraph(label).setFontColor(GREY)).setPadding(4));
        t.addCell(new Cell().add(new Paragraph(value)).setPadding(4));
    }

    private static String day(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
