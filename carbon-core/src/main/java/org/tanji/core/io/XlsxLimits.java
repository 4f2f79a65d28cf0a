package org.tanji.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.tanji.core.error.ModelFormatException;

/**
 * How big an XLSX workbook may be: once inflated (checked by walking its zip entries before anything is parsed), and
 * in rows and cells (counted as {@link XlsxSheet} streams the sheet). An XLSX is a zip of XML: a 1 MB upload can
 * inflate to a sheet of 90 MB. A bill of materials of ten thousand rows inflates to a few megabytes; the limits are
 * far above that and far below what a server's heap can hold per upload.
 */
public final class XlsxLimits {

    /** Most bytes read from the file itself (zipped). */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    /** Most bytes all of the workbook's parts may inflate to. */
    public static final long MAX_INFLATED_BYTES = 24L * 1024 * 1024;

    /** Most parts (zip entries) a workbook may have. */
    public static final int MAX_ENTRIES = 2_000;

    /** Most data rows a sheet may have: ten times a large bill of materials. */
    public static final int MAX_ROWS = 100_000;

    /** Most cells a sheet may have, counted as they stream past, whether under a header or not. */
    public static final int MAX_CELLS = 2_000_000;

    private XlsxLimits() {}

    /** The file's bytes, once they are known to stay within the limits. */
    static byte[] check(InputStream in, String file) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new ModelFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ModelFormatException(file, "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        // the zip reader POI itself reads the workbook with: the JDK's ZipInputStream refuses entries whose sizes
        // follow their data (as streaming writers such as POI's SXSSF write them)
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw tooBig(file, "has more than " + MAX_ENTRIES + " parts");
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > MAX_INFLATED_BYTES) {
                        throw tooBig(
                                file,
                                "inflates to more than " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB (part '"
                                        + e.getName() + "')");
                    }
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not UTF-8 (found by ReadersFuzzTest)
            throw new ModelFormatException(file, "is not a readable XLSX workbook: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new ModelFormatException(file, "is not an XLSX workbook (no zip entries)");
        }
        return bytes;
    }

    static ModelFormatException tooBig(String file, String what) {
        return new ModelFormatException(
                file,
                what + "; a bill of materials is far smaller — split the workbook, or keep only the BOM sheet"
                        + " (save a copy with just that sheet, or export it as CSV UTF-8)");
    }
}
