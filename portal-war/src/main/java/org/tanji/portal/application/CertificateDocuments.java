package org.tanji.portal.application;

import org.tanji.portal.application.PublicVerification.PublicCertificate;

/**
 * The printed forms of a certificate, made from what the public may know of it (so a document never carries more
 * than the verification page shows): the A4 certificate and the packaging labels as PDF/A-3b with the data
 * embedded as JSON, and the label's PNG and SVG artwork. Implemented with iText and PDFBox in infrastructure.
 */
public interface CertificateDocuments {
    /** The A4 certificate; {@code verificationUrl} is what its QR code opens. */
    byte[] certificatePdf(PublicCertificate certificate, String verificationUrl);

    /** The label for packaging in one of its sizes, PDF/A-3b like the certificate. */
    byte[] labelPdf(PublicCertificate certificate, String verificationUrl, LabelSize size);

    /**
     * The label's artwork for packaging design, drawn from the label PDF as issued: PNG at print resolution or SVG
     * with the text as outlines, both at the label's real size.
     */
    byte[] labelArtwork(byte[] labelPdf, ArtworkFormat format);

    /** The artwork formats besides the PDF. */
    enum ArtworkFormat {
        /** 600 dots per inch, the resolution recorded in the file. */
        PNG("image/png"),
        /** Vector, sized in millimetres. */
        SVG("image/svg+xml");

        public final String mediaType;

        ArtworkFormat(String mediaType) {
            this.mediaType = mediaType;
        }

        /** The file name's extension. */
        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The label's printed sizes, width × height in millimetres. */
    enum LabelSize {
        /** The footprint, the QR code, the number and the validity. */
        SMALL(50, 30),
        /** Also the product, the holder, the boundary and the standard. */
        LARGE(100, 60);

        public final int widthMm;
        public final int heightMm;

        LabelSize(int widthMm, int heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        /** "50x30" or "100x60". */
        public static LabelSize of(String text) {
            for (LabelSize s : values()) {
                if ((s.widthMm + "x" + s.heightMm).equals(text)) {
                    return s;
                }
            }
            throw new InvalidInputException("size", "a label is 50x30 or 100x60 (millimetres), not " + text);
        }
    }
}
