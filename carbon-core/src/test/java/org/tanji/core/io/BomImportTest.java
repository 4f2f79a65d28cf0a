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
    double expected = 2.1 / 0.96 * 9.10691851          // base aluminium, 4 % scrap
        + 5 * 0.08 / 0.98 * 3.16478049                  // five castors, 2 % scrap
        + 3.4 / 0.97 * 3.16478049                       // seat shell, 3 % scrap
        + 4.2 / 0.95 * 2.85491851                       // steel, 5 % scrap
        + 1.8 * 0.4211                                  // assembly electricity
        + 1.9 * 1.19396586;                             // box
    assertEquals(expected, FootprintCalculator.using(f).calculate(m).total(), 1e-9);
  }

  @Test
  void csvErrorsNameRowAndColumn() {
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> BomImport.readCsv(csv(HEADER + "chair,,,1,,,,,\nleg,chair,,-4,piece,,,,\n"), "bom.csv"));
    assertEquals("bom.csv, row 3, column 'quantity'", e.location());
    assertTrue(e.getMessage().contains("-4"));
    ModelFormatException unit = assertThrows(ModelFormatException.class,
        () -> BomImport.readCsv(csv(HEADER + "chair,,,1,,,,,\nleg,chair,,4,parsec²,,,,\n"), "bom.csv"));
    assertEquals("bom.csv, row 3, column 'unit'", unit.location());
    ModelFormatException parent = assertThrows(ModelFormatException.class,
        () -> BomImport.readCsv(csv(HEADER + "chair,,,1,,,,,\nleg,table,,4,,,,,\n"), "bom.csv"));
    assertEquals("bom.csv, row 3, column 'parent'", parent.location());
    ModelFormatException missing = assertThrows(ModelFormatException.class,
        () -> BomImport.readCsv(csv("part,quantity\nchair,1\n"), "bom.csv"));
    assertTrue(missing.getMessage().contains("no column 'parent'"), missing.getMessage());
    ModelFormatException kind = assertThrows(ModelFormatException.class,
        () -> BomImport.readCsv(csv(HEADER + "chair,,,1,,,,,\nleg,chair,,4,kg,,steel,metal,\n"), "bom.csv"));
    assertEquals("bom.csv, row 3, column 'kind': unknown kind 'metal': use material, packaging, fuel, process,"
        + " spend or electricity", kind.getMessage()); // never Java's "No enum constant …"
  }

  @Test
  void xlsxErrorsNameSheetRowAndColumnLetter() throws Exception {
    byte[] xlsx = workbook(List.of(
        List.of("part", "parent", "quantity", "unit", "factor"),
        List.of("chair", "", 1.0, "piece", ""),
        List.of("steel", "chair", "lots", "kg", "steel")));
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> BomImport.readXlsx(new ByteArrayInputStream(xlsx), "bom.xlsx", null));
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
        csv("part,parent,quantity,unit,scrap,factor\nchair,,1,piece,,\nsteel,chair,4.2,kg,5%,steel\n"), "bom.csv"));
    FactorSource f = FactorSource.of(FactorFile.readCsv(csv("id,unit,gas,amount,gwp_set\nsteel,t,CO2e,2854.91851,AR5\n"),
        "f.csv"));
    double xlsxTotal = FootprintCalculator.using(f).calculate(fromXlsx).total();
    assertEquals(4.2 / 0.95 * 2.85491851, xlsxTotal, 1e-9);
    assertEquals(xlsxTotal, FootprintCalculator.using(f).calculate(fromCsv).total(), 1e-12);
  }

  @Test
  void aBomThatContainsItselfReportsTheCycle() {
    FootprintModel m = model(BomImport.readCsv(csv(HEADER
        + "chair,,,1,,,,,\nframe,chair,,1,,,,,\nbracket,frame,,2,,,,,\nframe,bracket,,1,,,,,\n"), "bom.csv"));
    BomCycleException e = assertThrows(BomCycleException.class,
        () -> FootprintCalculator.using(FactorSource.empty()).calculate(m));
    assertTrue(e.getMessage().contains("frame → bracket → frame"), e.getMessage());
  }

  private static byte[] workbook(List<List<Object>> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
}
