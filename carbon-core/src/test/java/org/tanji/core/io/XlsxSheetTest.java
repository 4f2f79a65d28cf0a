package org.tanji.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.error.ModelFormatException;

/**
 * The streaming XLSX reader on sheets written as Excel, WPS and other tools write them — shared and inline strings,
 * cells without references, formulas with and without a calculated value — and on sheets too big to hold.
 */
class XlsxSheetTest {
    /** A workbook with one sheet named BOM holding {@code rows}. */
    static byte[] workbook(String rows, String... sharedStrings) {
        return XlsxPackage.of(
                List.of(new XlsxPackage.Sheet("BOM", null, "rId1", XlsxPackage.worksheet(rows))),
                List.of(sharedStrings));
    }

    /**
     * Random text in a comment: POI refuses a part that inflates more than a hundredfold, which a sheet of a million
     * identical empty cells does.
     */
    private static String noise() {
        byte[] random = new byte[200_000];
        new java.util.Random(14).nextBytes(random);
        return "<!--" + java.util.Base64.getEncoder().encodeToString(random) + "-->";
    }

    private static SheetRows read(byte[] xlsx) {
        return SheetRows.xlsx(new ByteArrayInputStream(xlsx), "bom.xlsx", null);
    }

    @Test
    void sharedInlineAndUnreferencedCellsAreReadWhereTheyStand() throws IOException {
        SheetRows t = read(workbook(
                "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"D2\" t=\"inlineStr\"><is><t>quantity</t></is></c></row>"
                        // a row without r follows row 2; cells without r follow each other
                        + "<row><c r=\"B3\" t=\"inlineStr\"><is><r><t>座</t></r><r><t>椅</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>ザイ</t></rPh></is></c><c/><c><v>1.0000000000000002</v></c></row>"
                        + "<row r=\"7\"><c r=\"B7\" t=\"str\"><f>\"le\"&amp;\"g\"</f><v>leg</v></c>"
                        + "<c r=\"C7\" t=\"inlineStr\"><is><t> 座椅 </t></is></c><c r=\"D7\"><f>2*2</f><v>4</v></c>"
                        + "<c r=\"E7\" t=\"b\"><v>1</v></c></row>",
                "part",
                "parent"));
        assertEquals(2, t.rows.size());
        SheetRows.SheetRow chair = t.rows.get(0);
        assertEquals(3, chair.number());
        assertEquals("座椅", t.text(chair, "part")); // the phonetic run is not part of the text
        assertEquals("", t.text(chair, "parent"));
        assertEquals(1.0000000000000002, t.number(chair, "quantity", null)); // full precision, not "1"
        SheetRows.SheetRow leg = t.rows.get(1);
        assertEquals(7, leg.number());
        assertEquals("leg", t.text(leg, "part"));
        assertEquals("座椅", t.text(leg, "parent"));
        assertEquals(4, t.number(leg, "quantity", null));
        assertEquals("bom.xlsx, sheet 'BOM', row 7, column 'quantity' (D)", t.where(leg, "quantity"));
    }

    @Test
    void aWorkbookFromAStreamingWriterIsRead() throws IOException {
        // POI's SXSSF, like other streaming writers, puts each part's sizes after its data; the JDK's zip reader
        // refused such a file before its first row was read
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(10)) {
            org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("BOM");
            String[][] rows = {{"part", "parent", "quantity"}, {"chair", "", "1"}, {"leg", "chair", "4"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = s.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        BomImport.ImportedBom bom = BomImport.readXlsx(new ByteArrayInputStream(out.toByteArray()), "bom.xlsx", null);
        assertEquals(4, bom.parts().get(0).components().get(0).quantity());
    }

    @Test
    void aSharedFormulaWithoutAValueIsRefusedNamingTheCell() throws IOException {
        ModelFormatException e = assertThrows(
                ModelFormatException.class,
                () -> read(workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>quantity</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" ref=\"A2:A3\" si=\"0\">1+1</f><v>2</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\"><f t=\"shared\" si=\"0\"/></c></row>")));
        assertEquals("bom.xlsx, sheet 'BOM', cell A3", e.location());
        assertTrue(e.getMessage().contains("shared formula with no calculated value"), e.getMessage());
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsRefused() throws IOException {
        StringBuilder rows = new StringBuilder(noise() + "<row><c t=\"inlineStr\"><is><t>quantity</t></is></c></row>");
        for (int i = 0; i <= XlsxLimits.MAX_ROWS; i++) {
            rows.append("<row><c><v>1</v></c></row>");
        }
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> read(workbook(rows.toString())));
        assertTrue(e.getMessage().contains("has more than 100000 rows"), e.getMessage());
    }

    @Test
    void aSheetWithMoreCellsThanTheLimitIsRefused() throws IOException {
        // empty cells cost four bytes each: two million of them fit well under the inflation limit
        String row = "<row>" + "<c/>".repeat(10_000) + "</row>";
        ModelFormatException e = assertThrows(
                ModelFormatException.class,
                () -> read(workbook(noise() + row.repeat(XlsxLimits.MAX_CELLS / 10_000 + 1))));
        assertTrue(e.getMessage().contains("has more than 2000000 cells"), e.getMessage());
    }

    @Test
    void badCellReferencesAndIndexesAreNamedErrors() throws IOException {
        for (String rows : new String[] {
            "<row r=\"0\"><c><v>1</v></c></row>",
            "<row r=\"x\"><c><v>1</v></c></row>",
            "<row><c r=\"7\"><v>1</v></c></row>",
            "<row><c r=\"XFE1\"><v>1</v></c></row>",
            "<row><c t=\"s\"><v>5</v></c></row>",
            "<row><c t=\"s\"><v>-1</v></c></row>",
            "<row><c><v>one</v></c></row>",
        }) {
            assertThrows(ModelFormatException.class, () -> read(workbook(rows, "part")), rows);
        }
    }
}
