package org.tanji.portal.application;

import org.tanji.portal.application.PublicVerification.PublicCertificate;

/**
 * The printed forms of a certificate, made from what the public may know of it (so a document never carries more
 * than the verification page shows): the A4 certificate and the packaging labels as PDF/A-3b with the data
 * embedded as JSON. Implemented
 * with iText in infrastructure.
 */
public interface CertificateDocuments {
    /** The A4 certificate; {@code verificationUrl} is what its QR code opens. */
    byte[] certificatePdf(PublicCertificate certificate, String verificationUrl);

    /** The label for packaging in one of its sizes, PDF/A-3b like the certificate. */
    byte[] labelPdf(PublicCertificate certificate, String verificationUrl, LabelSize size);

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
