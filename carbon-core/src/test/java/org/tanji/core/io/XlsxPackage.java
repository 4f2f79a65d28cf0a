package org.tanji.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX package written part by part, as ECMA-376 lays it out: content types, the package and workbook
 * relationships, the workbook naming its sheets, shared strings, and the worksheets — for tests that need a
 * workbook exactly as some tool writes it, not as POI would.
 *
 * <pre>{@code
 * byte[] xlsx = XlsxPackage.of(
 *     List.of(new XlsxPackage.Sheet("BOM", null, "rId1", XlsxPackage.worksheet("<row r=\"1\">…</row>"))),
 *     List.of("part"));
 * }</pre>
 */
final class XlsxPackage {
    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private XlsxPackage() {}

    /**
     * The {@code i}-th sheet (from 1) is the part {@code xl/worksheets/sheet<i>.xml} with relationship {@code rId<i>};
     * {@code relationshipId} is what the workbook names (null: none), {@code state} its visibility (null: none).
     */
    record Sheet(String name, String state, String relationshipId, String xml) {}

    /** A worksheet part holding {@code rows}. */
    static String worksheet(String rows) {
        return "<worksheet xmlns=\"" + NS + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    /** The package; {@code sharedStrings} are written as they are (escape them first). */
    static byte[] of(List<Sheet> sheets, List<String> sharedStrings) {
        StringBuilder types =
                new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPE + "sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + TYPE
                        + "sharedStrings+xml\"/>");
        StringBuilder workbook =
                new StringBuilder("<workbook xmlns=\"" + NS + "\" xmlns:r=\"" + OFFICE + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rIdS\" Type=\"" + OFFICE + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            Sheet s = sheets.get(i - 1);
            types.append("<Override PartName=\"/xl/worksheets/sheet" + i + ".xml\" ContentType=\"" + TYPE
                    + "worksheet+xml\"/>");
            rels.append("<Relationship Id=\"rId" + i + "\" Type=\"" + OFFICE + "/worksheet\" Target=\"worksheets/sheet"
                    + i + ".xml\"/>");
            workbook.append("<sheet name=\"" + s.name() + "\" sheetId=\"" + i + "\"")
                    .append(s.state() == null ? "" : " state=\"" + s.state() + "\"")
                    .append(s.relationshipId() == null ? "" : " r:id=\"" + s.relationshipId() + "\"")
                    .append("/>");
        }
        StringBuilder sst = new StringBuilder("<sst xmlns=\"" + NS + "\">");
        sharedStrings.forEach(s -> sst.append("<si><t>").append(s).append("</t></si>"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", types.append("</Types>").toString());
            part(
                    zip,
                    "_rels/.rels",
                    "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            part(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    rels.append("</Relationships>").toString());
            part(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
            for (int i = 1; i <= sheets.size(); i++) {
                part(zip, "xl/worksheets/sheet" + i + ".xml", sheets.get(i - 1).xml());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
