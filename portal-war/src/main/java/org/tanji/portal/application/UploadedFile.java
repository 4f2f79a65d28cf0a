package org.tanji.portal.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An uploaded file read within a size limit, with its type told from its first bytes rather than from what the
 * client claims.
 */
public record UploadedFile(String name, byte[] bytes, String detectedType) {

    /** Reads at most {@code limit} bytes; more is refused with 413. */
    public static UploadedFile read(String name, InputStream in, int limit) {
        try {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new UploadRejectedException(
                        413, name + " is larger than the limit of " + limit / (1024 * 1024) + " MB");
            }
            if (bytes.length == 0) {
                throw new UploadRejectedException(422, name + " is empty (0 bytes); choose the file again");
            }
            String type = detect(bytes);
            String smuggled = FileContentCheck.problem(type, bytes);
            if (smuggled != null) {
                throw new UploadRejectedException(422, name + " " + smuggled);
            }
            return new UploadedFile(name, bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String detect(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "image/png";
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (starts(b, new byte[] {'P', 'K', 3, 4})) {
            return FileContentCheck.isWorkbook(b)
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : "application/zip";
        }
        for (byte x : b) {
            if (x == 0) {
                return "application/octet-stream";
            }
        }
        return "text/csv";
    }

    private static boolean starts(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
