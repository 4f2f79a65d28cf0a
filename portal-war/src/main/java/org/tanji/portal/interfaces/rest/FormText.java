package org.tanji.portal.interfaces.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A text field of a multipart form. A browser sends the fields of a UTF-8 page in UTF-8 without naming a charset, and
 * a String {@code @FormParam} would read those bytes in the container's default (US-ASCII): "对申请" became "���".
 * The part's own charset is used when it names one, UTF-8 otherwise.
 */
final class FormText {
    /** A form field's text is short: longer is refused, not read into memory. */
    private static final int LIMIT = 16 * 1024;

    private FormText() {}

    static String of(EntityPart part, String fallback) {
        if (part == null) {
            return fallback;
        }
        Charset charset = StandardCharsets.UTF_8;
        // only a Content-Type the sender wrote counts: the part's media type defaults to text/plain in US-ASCII
        String sent = part.getHeaders().getFirst("Content-Type");
        String named = sent == null || part.getMediaType() == null
                ? null
                : part.getMediaType().getParameters().get("charset");
        if (named != null) {
            try {
                charset = Charset.forName(named);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(part.getName(), "names an unknown charset " + named);
            }
        }
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(LIMIT + 1);
            if (bytes.length > LIMIT) {
                throw new InvalidParameterException(part.getName(), "is longer than " + LIMIT + " bytes");
            }
            return new String(bytes, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
