package org.tanji.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class UploadedFileTest {
    /** The first bytes of every Linux program (ELF magic and class), as a polyglot would append it. */
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};

    private static UploadedFile read(String name, byte[] bytes) {
        return UploadedFile.read(name, new ByteArrayInputStream(bytes), 5 * 1024 * 1024);
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] image(String format) throws Exception {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                img.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | (x + y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void anEmptyFileIsRefused() {
        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> read("scan.pdf", new byte[0]));
        assertEquals(422, e.status());
    }

    @Test
    void imagesAsTheirEncoderWroteThemAreAcceptedAndWithAProgramAppendedRefused() throws Exception {
        for (String format : new String[] {"png", "jpeg"}) {
            byte[] img = image(format);
            assertEquals("image/" + format, read("photo." + format, img).detectedType());
            UploadRejectedException e =
                    assertThrows(UploadRejectedException.class, () -> read("photo." + format, join(img, ELF)), format);
            assertTrue(e.getMessage().contains("20 bytes after"), e.getMessage());
        }
    }

    @Test
    void aPdfWithAProgramAfterItsEndIsRefused() {
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", read("report.pdf", pdf).detectedType());
        assertThrows(UploadRejectedException.class, () -> read("report.pdf", join(pdf, ELF)));
        byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length - 7);
        assertThrows(UploadRejectedException.class, () -> read("report.pdf", cut));
    }

    @Test
    void aJavaArchiveNamedXlsxIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.putNextEntry(new ZipEntry("Evil.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        }
        assertEquals("application/zip", read("bom.xlsx", jar.toByteArray()).detectedType());
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("BOM").createRow(0).createCell(0).setCellValue("part");
            wb.write(xlsx);
        }
        assertEquals(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                read("bom.xlsx", xlsx.toByteArray()).detectedType());
        // a streaming writer puts each part's sizes after its data; still a workbook
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            wb.createSheet("BOM").createRow(0).createCell(0).setCellValue("part");
            wb.write(streamed);
        }
        assertEquals(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                read("bom.xlsx", streamed.toByteArray()).detectedType());
    }
}
