package org.tanji.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.error.BomCycleException;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.result.FootprintResult;

class BomImportTest {
    private static final String HEADER = "part,parent,name,quantity,unit,scrap,factor,kind,stage\n";

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static FootprintModel model(BomImport.ImportedBom bom) {
        return bom.toModel("chair", DeclaredUnit.of(1, "piece", null), SystemBoundary.CRADLE_TO_GATE);
    }

    @Test
    void officeChairExampleGivesTheHandWorkedTotal() {
        FootprintModel m = model(BomImport.read(Path.of("../examples/models/office-chair-bom.csv"), null));
        FactorSource f = FactorSource.of(FactorFile.read(Path.of("../examples/models/office-chair-factors.csv")));
        // DESNZ 2024 (kg CO2e/kg): aluminium 9.10691851, average plastics 3.16478049, steel cans 2.85491851,
        // board 1.19396586; MEE 2023 Fujian grid 0.4211 kg CO2/kWh.
        double expected = 2.1 / 0.96 * 9.10691851 // base aluminium, 4 % scrap
                + 5 * 0.08 / 0.98 * 3.16478049 // five castors, 2 % scrap
                + 3.4 / 0.97 * 3.16478049 // seat shell, 3 % scrap
                + 4.2 / 0.95 * 2.85491851 // steel, 5 % scrap
                + 1.8 * 0.4211 // assembly electricity
                + 1.9 * 1.19396586; // box
        assertEquals(expected, FootprintCalculator.using(f).calculate(m).total(), 1e-9);
    }

    @Test
    void csvErrorsNameRowAndColumn() {
        ModelFormatException e = assertThrows(
                ModelFormatException.class,
                () -> BomImport.readCsv(csv(HEADER + "chair,,,1,,,,,\nleg,chair,,-4,piece,,,,\n"), "bom.csv"));
        assertEquals("bom.csv, row 3, column 'quantity'", e.location());
        assertTrue(e.getMessage().contains("-4"));
        ModelFormatException unit = assertThrows(
                ModelFormatException.class,
                () -> BomImport.readCsv(csv(HEADER + "chair,,,1,,,,,\nleg,chair,,4,parsec²,,,,\n"), "bom.csv"));
        assertEquals("bom.csv, row 3, column 'unit'", unit.location());
        ModelFormatException parent = assertThrows(
                ModelFormatException.class,
                () -> BomImport.readCsv(csv(HEADER + "chair,,,1,,,,,\nleg,table,,4,,,,,\n"), "bom.csv"));
        assertEquals("bom.csv, row 3, column 'parent'", parent.location());
        ModelFormatException missing = assertThrows(
                ModelFormatException.class, () -> BomImport.readCsv(csv("part,quantity\nchair,1\n"), "bom.csv"));
        assertTrue(missing.getMessage().contains("no column 'parent'"), missing.getMessage());
        ModelFormatException kind = assertThrows(
                ModelFormatException.class,
                () -> BomImport.readCsv(csv(HEADER + "chair,,,1,,,,,\nleg,chair,,4,kg,,steel,metal,\n"), "bom.csv"));
        assertEquals(
                "bom.csv, row 3, column 'kind': unknown kind 'metal': use material, packaging, fuel, process,"
                        + " spend or electricity",
                kind.getMessage()); // never Java's "No enum constant …"
    }

    @Test
    void xlsxErrorsNameSheetRowAndColumnLetter() throws Exception {
        byte[] xlsx = workbook(List.of(
                List.of("part", "parent", "quantity", "unit", "factor"),
                List.of("chair", "", 1.0, "piece", ""),
                List.of("steel", "chair", "lots", "kg", "steel")));
        ModelFormatException e = assertThrows(
                ModelFormatException.class, () -> BomImport.readXlsx(new ByteArrayInputStream(xlsx), "bom.xlsx", null));
        assertEquals("bom.xlsx, sheet 'BOM', row 3, column 'quantity' (C)", e.location());
    }

    @Test
    void xlsxBomCalculatesLikeItsCsvTwin() throws Exception {
        byte[] xlsx = workbook(List.of(
                List.of("part", "parent", "quantity", "unit", "scrap", "factor"),
                List.of("chair", "", 1.0, "piece", "", ""),
                List.of("steel", "chair", 4.2, "kg", 0.05, "steel")));
        FootprintModel fromXlsx = model(BomImport.readXlsx(new ByteArrayInputStream(xlsx), "bom.xlsx", "BOM"));
        FootprintModel fromCsv = model(BomImport.readCsv(
                csv("part,parent,quantity,unit,scrap,factor\nchair,,1,piece,,\nsteel,chair,4.2,kg,5%,steel\n"),
                "bom.csv"));
        FactorSource f = FactorSource.of(
                FactorFile.readCsv(csv("id,unit,gas,amount,gwp_set\nsteel,t,CO2e,2854.91851,AR5\n"), "f.csv"));
        double xlsxTotal = FootprintCalculator.using(f).calculate(fromXlsx).total();
        assertEquals(4.2 / 0.95 * 2.85491851, xlsxTotal, 1e-9);
        assertEquals(xlsxTotal, FootprintCalculator.using(f).calculate(fromCsv).total(), 1e-12);
    }

    @Test
    void aBomThatContainsItselfReportsTheCycle() {
        FootprintModel m = model(BomImport.readCsv(
                csv(HEADER + "chair,,,1,,,,,\nframe,chair,,1,,,,,\nbracket,frame,,2,,,,,\nframe,bracket,,1,,,,,\n"),
                "bom.csv"));
        BomCycleException e = assertThrows(
                BomCycleException.class,
                () -> FootprintCalculator.using(FactorSource.empty()).calculate(m));
        assertTrue(e.getMessage().contains("frame → bracket → frame"), e.getMessage());
    }

    private static byte[] workbook(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("BOM");
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Double) {
                        row.createCell(c).setCellValue((Double) v);
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theTemplateHoldsEveryActivityTypeAndGivesTheHandWorkedTotal() {
        BomImport.ImportedBom bom = BomImport.read(Path.of("../examples/templates/bom-template.csv"), null);
        FootprintModel m =
                bom.toModel("Desk lamp DL-2", DeclaredUnit.of(1, "piece", null), SystemBoundary.CRADLE_TO_GRAVE);
        FactorSource f = FactorSource.of(FactorFile.read(Path.of("../examples/models/lfp-home-battery-5kwh.json")));
        FootprintResult r = FootprintCalculator.using(f).calculate(m);
        // DESNZ 2024 (kg CO2e per kg or t·km or kWh), MEE 2023 Fujian 0.4211 kg CO2/kWh, AR6 HFC-134a 1530
        double expected = 0.6 / 0.96 * 9.10691851 // aluminium housing, 4 % scrap
                + 0.25 / 0.98 * 3.16478049 // plastic shade, 2 % scrap
                + 0.8 * 0.4211 // assembly and test (location-based)
                + 0.4 * 1.19396586 // gift box
                + 0.0002 * 1530 // 0.2 g HFC-134a
                + 0.0015 * 19500 * 0.01612 // container ship, 1.5 kg over 19,500 km
                + 0.0015 * 250 * 1.3 * 0.15398 // HGV, 30 % empty return
                + 0.006 * 20000 * 0.20705 // 20,000 hours at 6 W
                + 0.0011 * (0.8 * 6.41061 + 0.2 * 8.88386); // take-back: 80 % recycled, 20 % landfilled
        assertEquals(expected, r.total(), 1e-9);
        assertEquals(29.25, r.tonneKilometresByMode().get("container ship"), 1e-12); // 1.5 kg × 19,500 km
        assertEquals(0.4875, r.tonneKilometresByMode().get("HGV rigid >17 t"), 1e-12); // 1.5 kg × 250 km × 1.3
        // labels are the names: the housing's line is "housing/aluminium housing", not "housing/housing"
        assertTrue(r.lines().stream().anyMatch(l -> l.lineId().equals("housing/aluminium housing")));
        assertEquals(
                3,
                bom.uncertainties().activities().size()
                        + bom.uncertainties().factors().size());
    }

    @Test
    void activityRowsNameTheirErrors() {
        String header = "part,parent,name,quantity,unit,factor,kind,activity,amount,distance,treatment,share\n";
        ModelFormatException noPart = assertThrows(
                ModelFormatException.class,
                () -> BomImport.readCsv(
                        csv(header + "lamp,,,1,piece,,,,,,,\ncase,,,,kg,steel,material,case steel,1,,,\n"), "bom.csv"));
        assertEquals("bom.csv, row 3, column 'part'", noPart.location());
        ModelFormatException noDistance = assertThrows(
                ModelFormatException.class,
                () -> BomImport.readCsv(
                        csv(header + "lamp,,,1,piece,,,,,,,\nlamp,,,,kg,ship,transport,export,2,,,\n"), "bom.csv"));
        assertEquals("bom.csv, row 3, column 'distance': is empty; a number is needed", noDistance.getMessage());
        ModelFormatException shares = assertThrows(
                ModelFormatException.class,
                () -> BomImport.readCsv(
                        csv(header
                                + "lamp,,,1,piece,,,,,,,\nlamp,,,,kg,r,end-of-life,eol,2,,recycling,0.5\n"
                                + "lamp,,,,kg,l,end-of-life,eol,2,,landfill,0.4\n"),
                        "bom.csv"));
        assertTrue(shares.getMessage().contains("add up to 0.9"), shares.getMessage());
        ModelFormatException kind = assertThrows(
                ModelFormatException.class,
                () -> BomImport.readCsv(
                        csv(header + "lamp,,,1,piece,,,,,,,\nlamp,,,,kg,r,shipping,eol,2,,,\n"), "bom.csv"));
        assertTrue(
                kind.getMessage()
                        .endsWith("unknown kind 'shipping': use material, packaging, fuel, process, spend,"
                                + " electricity, transport, use, end-of-life or emission"),
                kind.getMessage());
    }

    @Test
    void aGbkCsvIsRefusedWithTheFixNotStoredAsMojibake() {
        byte[] gbk = (HEADER + "chair,,办公椅,1,,,,,\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        ModelFormatException e = assertThrows(
                ModelFormatException.class, () -> BomImport.readCsv(new ByteArrayInputStream(gbk), "bom.csv"));
        assertTrue(e.getMessage().contains("not UTF-8") && e.getMessage().contains("CSV UTF-8"), e.getMessage());
        // the same table in UTF-8 keeps its Chinese name
        assertEquals(
                "办公椅",
                BomImport.readCsv(csv(HEADER + "chair,,办公椅,1,,,,,\n"), "bom.csv")
                        .parts()
                        .get(0)
                        .name());
    }

    @Test
    void numbersThatWouldSilentlyChangeAreRefused() {
        for (String bad : new String[] {"-0", "1e-400", "4f", "0x1p3"}) {
            ModelFormatException e = assertThrows(
                    ModelFormatException.class,
                    () -> BomImport.readCsv(
                            csv(HEADER + "chair,,,1,,,,,\nleg,chair,,BAD,piece,,,,\n".replace("BAD", bad)), "bom.csv"),
                    bad);
            assertEquals("bom.csv, row 3, column 'quantity'", e.location(), bad);
        }
    }

    @Test
    void aFormulaExcelNeverCalculatedIsRefusedNamingTheCell() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("BOM");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("part");
            h.createCell(1).setCellValue("parent");
            h.createCell(2).setCellValue("quantity");
            Row root = s.createRow(1);
            root.createCell(0).setCellValue("chair");
            root.createCell(2).setCellValue(1);
            Row leg = s.createRow(2);
            leg.createCell(0).setCellValue("leg");
            leg.createCell(1).setCellValue("chair");
            leg.createCell(2).setCellFormula("2*2"); // written without a cached value, as many tools do
            wb.write(out);
            xlsx = out.toByteArray();
        }
        ModelFormatException e = assertThrows(
                ModelFormatException.class, () -> BomImport.readXlsx(new ByteArrayInputStream(xlsx), "bom.xlsx", null));
        assertEquals("bom.xlsx, sheet 'BOM', cell C3", e.location());
        assertTrue(e.getMessage().contains("=2*2"), e.getMessage());
    }

    @Test
    void aHiddenFirstSheetIsNotTheBom() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String[] sheet : new String[][] {{"Lookup", "99"}, {"BOM", "4"}}) {
                Sheet s = wb.createSheet(sheet[0]);
                String[][] rows = {{"part", "parent", "quantity"}, {"chair", "", "1"}, {"leg", "chair", sheet[1]}};
                for (int r = 0; r < rows.length; r++) {
                    Row row = s.createRow(r);
                    for (int c = 0; c < 3; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        BomImport.ImportedBom bom = BomImport.readXlsx(new ByteArrayInputStream(xlsx), "bom.xlsx", null);
        assertEquals(4, bom.parts().get(0).components().get(0).quantity());
        // named, the hidden sheet is read
        assertEquals(
                99,
                BomImport.readXlsx(new ByteArrayInputStream(xlsx), "bom.xlsx", "Lookup")
                        .parts()
                        .get(0)
                        .components()
                        .get(0)
                        .quantity());
    }

    @Test
    void aWorkbookThatInflatesBeyondTheLimitIsRefusedBeforeItIsBuilt() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
        }
        assertTrue(zipped.size() < 200_000, "the test file is small: " + zipped.size());
        ModelFormatException e = assertThrows(
                ModelFormatException.class,
                () -> BomImport.readXlsx(new ByteArrayInputStream(zipped.toByteArray()), "bomb.xlsx", null));
        assertTrue(e.getMessage().contains("inflates to more than 24 MB"), e.getMessage());
    }

    @Test
    void aWorkbookWithAnExternalEntityIsBadInputNotAServerFault() throws Exception {
        byte[] plain = workbook(List.of(List.of("part", "parent", "quantity"), List.of("chair", "", 1.0)));
        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(plain));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(hostile)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
                    content = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + xml)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThrows(
                ModelFormatException.class,
                () -> BomImport.readXlsx(new ByteArrayInputStream(hostile.toByteArray()), "xxe.xlsx", null));
    }
}
