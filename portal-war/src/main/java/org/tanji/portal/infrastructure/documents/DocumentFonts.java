package org.tanji.portal.infrastructure.documents;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of every document: WenQuanYi Micro Hei (Apache-2.0; see {@code fonts/wqy-microhei.COPYRIGHT}), shipped
 * with the portal rather than taken from the machine, because it has both the Chinese and the Latin text and the
 * subscript two of "CO₂" — a PDF/A file may not use a glyph its embedded font lacks. Each document embeds only the
 * glyphs it uses.
 */
final class DocumentFonts {
    private static final String TTC = "/org/tanji/portal/fonts/wqy-microhei.ttc";
    private static final FontProgram PROGRAM = load();

    private DocumentFonts() {}

    private static FontProgram load() {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(TTC)) {
            if (in == null) {
                throw new IllegalStateException(TTC + " is missing from the portal");
            }
            return FontProgramFactory.createFont(in.readAllBytes(), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TTC, e);
        }
    }

    /** The font for one document (a PdfFont belongs to the document it is used in). */
    static PdfFont forDocument() {
        return PdfFontFactory.createFont(
                PROGRAM, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }
}
