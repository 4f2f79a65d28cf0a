package org.tanji.portal.interfaces.rest;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download, per RFC 6266: a plain ASCII {@code filename} for old clients and
 * the real name, Chinese included, as {@code filename*} in UTF-8 (RFC 8187), which every current browser prefers.
 *
 * <pre>{@code
 * ContentDisposition.attachment("检测报告.pdf")
 * // attachment; filename="____.pdf"; filename*=UTF-8''%E6%A3%80%E6%B5%8B%E6%8A%A5%E5%91%8A.pdf
 * }</pre>
 */
final class ContentDisposition {
    private static final String ATTR_CHAR = "!#$&+-.^_`|~"; // RFC 8187 attr-char besides letters and digits

    private ContentDisposition() {}

    static String attachment(String fileName) {
        return "attachment; " + fileNames(fileName);
    }

    /** Shown in the browser rather than saved, under the same name if the user saves it. */
    static String inline(String fileName) {
        return "inline; " + fileNames(fileName);
    }

    private static String fileNames(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints().forEach(c -> {
            boolean printable = c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
            ascii.append(printable ? (char) c : '_');
        });
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHAR.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
