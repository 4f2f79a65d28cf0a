package org.tanji.portal.infrastructure.documents;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.tanji.portal.application.PublicVerification.PublicCertificate;

/**
 * The font of every document: WenQuanYi Micro Hei (Apache-2.0; see {@code fonts/wqy-microhei.COPYRIGHT}), shipped
 * with the portal rather than taken from the machine, because it has both the Chinese and the Latin text and the
 * subscript two of "CO₂" — a PDF/A file may not use a glyph its embedded font lacks. Each document embeds only the
 * glyphs it uses, from one of two files made from the original by {@code portal-war/fonts/make-document-fonts.py}:
 * the common one (Latin, symbols and the hanzi of GB 2312), which embeds several times faster, and the full one, for
 * a document whose holder or product is written with a character outside it.
 */
final class DocumentFonts {
    private static final FontProgram COMMON = load("/org/tanji/portal/fonts/wqy-microhei-common.ttf");
    private static final FontProgram FULL = load("/org/tanji/portal/fonts/wqy-microhei-full.ttf");

    private DocumentFonts() {}

    private static FontProgram load(String resource) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the portal");
            }
            return FontProgramFactory.createFont(in.readAllBytes(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The font for one document about {@code c} (a PdfFont belongs to the document it is used in): the common one
     * when it has every character of the certificate's own words, the full one otherwise. The documents' fixed words
     * are all in the common one (DocumentFontsTest reads them from the renderers' source).
     */
    static PdfFont forDocument(PublicCertificate c) {
        return PdfFontFactory.createFont(
                covers(COMMON, wordsOf(c)) ? COMMON : FULL,
                PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    static boolean inCommonFont(String text) {
        return covers(COMMON, text);
    }

    private static boolean covers(FontProgram font, String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || font.getGlyph(cp) != null);
    }

    private static String wordsOf(PublicCertificate c) {
        return String.join(
                "\n",
                List.of(
                        c.number(),
                        c.holder(),
                        c.holderCreditCode(),
                        String.valueOf(c.holderSite()),
                        c.product(),
                        c.declaredUnit(),
                        String.valueOf(c.systemBoundary()),
                        String.join(" ", c.stages()),
                        c.gwpSet(),
                        c.standard(),
                        c.issuer()));
    }
}
