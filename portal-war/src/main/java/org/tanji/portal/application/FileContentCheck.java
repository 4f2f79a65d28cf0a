package org.tanji.portal.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Whether an uploaded file is only what its first bytes say. A file can be two things at once (a polyglot): a PDF
 * that a reader shows as a harmless certificate, with a program appended after its end; a Java archive renamed
 * {@code .xlsx}. Evidence is kept for years and opened by certifiers, so a file with anything after its format's end
 * marker, or a zip that is not a workbook, is refused.
 */
final class FileContentCheck {
    private static final int MAX_ENTRIES = 2_000;

    private FileContentCheck() {}

    /** What is wrong with {@code bytes} as {@code type}, said of the file, or null if nothing. */
    static String problem(String type, byte[] bytes) {
        return switch (type) {
            case "application/pdf" -> afterEnd(bytes, lastIndexOf(bytes, "%%EOF"), 5, "the PDF's end (%%EOF)");
            case "image/png" -> afterEnd(bytes, pngEnd(bytes), 0, "the PNG's end (IEND)");
            case "image/jpeg" -> afterEnd(bytes, jpegEnd(bytes), 0, "the JPEG's end (EOI)");
            default -> null;
        };
    }

    /**
     * A zip is a workbook if it has the parts every XLSX has and no program (class files, a manifest) — in its
     * central directory (what a Java launcher reads) and in its entries as they follow each other (what a streaming
     * reader such as POI's reads).
     */
    static boolean isWorkbook(byte[] bytes) {
        Set<String> names = new HashSet<>();
        try (ZipFile directory = ZipFile.builder()
                        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                        .get();
                ZipArchiveInputStream entries = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            directory.getEntries().asIterator().forEachRemaining(e -> names.add(e.getName()));
            for (ZipArchiveEntry e = entries.getNextEntry();
                    e != null && names.size() < MAX_ENTRIES;
                    e = entries.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        boolean program = names.stream()
                .anyMatch(n -> n.endsWith(".class") || n.equals("META-INF/MANIFEST.MF") || n.endsWith(".exe"));
        return !program && names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml");
    }

    /** Bytes after the end marker found at {@code at} (length {@code markerLength}), beyond trailing whitespace. */
    private static String afterEnd(byte[] b, int at, int markerLength, String end) {
        if (at < 0) {
            return "has no " + end + "; it is cut short or not what it claims to be";
        }
        int from = at + markerLength;
        int extra = 0;
        for (int i = from; i < b.length; i++) {
            byte x = b[i];
            if (x != '\r' && x != '\n' && x != ' ' && x != '\t' && x != 0) {
                extra = b.length - i;
                break;
            }
        }
        return extra == 0 ? null : "has " + extra + " bytes after " + end + "; save or scan the document again";
    }

    private static int lastIndexOf(byte[] b, String marker) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = b.length - m.length; i >= 0; i--) {
            for (int j = 0; j < m.length; j++) {
                if (b[i + j] != m[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Where a PNG's chunks end (after IEND's CRC), walking them from the signature; -1 if they never end. */
    private static int pngEnd(byte[] b) {
        int at = 8;
        while (at + 12 <= b.length) {
            long length = ((b[at] & 0xFFL) << 24)
                    | ((b[at + 1] & 0xFF) << 16)
                    | ((b[at + 2] & 0xFF) << 8)
                    | (b[at + 3] & 0xFF);
            String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
            long next = at + 12 + length;
            if (next > b.length) {
                return -1;
            }
            if (type.equals("IEND")) {
                return (int) next;
            }
            at = (int) next;
        }
        return -1;
    }

    /**
     * Where a JPEG ends (after its EOI marker), walking its segments and the entropy-coded data of each scan (where
     * FF 00 is a data byte and FF D0–D7 a restart marker); -1 if it never ends.
     */
    private static int jpegEnd(byte[] b) {
        int at = 2; // after SOI
        while (at + 4 <= b.length) {
            if (b[at] != (byte) 0xFF) {
                return -1;
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0xD9) {
                return at + 2;
            }
            int length = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            at += 2 + length;
            if (marker == 0xDA) { // start of scan: skip its data up to the next marker
                while (at + 1 < b.length) {
                    if (b[at] == (byte) 0xFF) {
                        int n = b[at + 1] & 0xFF;
                        if (n != 0 && (n < 0xD0 || n > 0xD7)) {
                            break;
                        }
                    }
                    at++;
                }
            }
        }
        return at + 2 == b.length && b[at] == (byte) 0xFF && b[at + 1] == (byte) 0xD9 ? b.length : -1;
    }
}
