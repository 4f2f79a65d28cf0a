package org.tanji.portal.infrastructure.documents;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tanji.portal.application.PublicVerification.PublicCertificate;
import org.tanji.portal.application.StoredJson;

/** What every issued document shares: PDF/A-3b in sRGB, the certificate's data attached, QR codes. */
final class PdfA {
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {}

    /** A PDF/A-3b document writing to {@code out}, titled, with the certificate's data attached. */
    static PdfADocument open(OutputStream out, String title, PublicCertificate c) {
        PdfADocument pdf = new PdfADocument(
                // the subset font's tables dominate the file; the fastest deflate makes them barely larger
                new PdfWriter(out, new WriterProperties().setCompressionLevel(CompressionConstants.BEST_SPEED)),
                PdfAConformance.PDF_A_3B,
                new PdfOutputIntent(
                        "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB)));
        pdf.getDocumentInfo().setTitle(title).setAuthor(c.issuer()).setCreator("Tanji");
        byte[] json = StoredJson.write(c).getBytes(StandardCharsets.UTF_8);
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(
                pdf, json, "certificate data", "certificate.json", new PdfName("application/json"), null, PdfName.Data);
        pdf.addAssociatedFile("certificate data", spec);
        return pdf;
    }

    /** A QR code to {@code url}, error correction M, as vectors (UTF-8, or non-ASCII would become "?"). */
    static PdfFormXObject qrCode(PdfDocument pdf, String url) {
        BarcodeQRCode qr = new BarcodeQRCode(
                url,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        return qr.createFormXObject(ColorConstants.BLACK, pdf);
    }
}
