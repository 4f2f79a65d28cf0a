package org.tanji.portal.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The result workbook as a spreadsheet program opens it: numbers as numbers, text that looks like a formula as text. */
class PoiResultWorkbookTest {
    static final String RESULT = """
            {"product": "=HYPERLINK(\\"http://evil.example\\",\\"click\\")", "declaredUnit": {"value": 1, "unit": "piece"},
             "systemBoundary": "cradle-to-gate", "gwpSet": "AR6", "total": 20.6794,
             "totals": {"fossil": 20.6794, "biogenicEmissions": 0, "biogenicRemovals": 0, "landUseChange": 0},
             "byStage": {"raw-material-acquisition": {"total": 19.9214}, "production": {"total": 0.758}},
             "lines": [
               {"line": "base/aluminium", "part": "base", "activity": "-aluminium", "stage": "raw-material-acquisition",
                "amount": 2.1875, "unit": "kg", "factor": "desnz-2024:19_504_5104_15", "factorKgCo2ePerUnit": 9106.91851,
                "factorUnit": "t", "source": {"dataset": "desnz-2024", "version": "1.1-by-gas", "region": "UK",
                "year": 2024, "licence": "OGL-UK-3.0"}, "gwpSet": "AR5", "kgCo2e": 19.9214},
               {"line": "lamp/power", "part": "lamp", "activity": "@power", "stage": "production", "amount": 1.8,
                "unit": "kWh", "factor": "cn-mee-elec-2023:province-cn-fj", "factorKgCo2ePerUnit": 0.4211,
                "factorUnit": "kWh", "gwpSet": "AR6", "kgCo2e": 0.758}
             ]}""";

    @Test
    void linesKeepTheirNumbersAndFormulaLikeTextStaysText() throws Exception {
        byte[] xlsx = new PoiResultWorkbook().workbook(new ObjectMapper().readTree(RESULT));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Summary 汇总", book.getSheetName(0));
            Sheet lines = book.getSheet("Lines 明细");
            assertEquals(3, lines.getPhysicalNumberOfRows());
            Row base = lines.getRow(1);
            assertEquals(CellType.NUMERIC, base.getCell(7).getCellType());
            assertEquals(9106.91851, base.getCell(7).getNumericCellValue());
            assertEquals(19.9214, base.getCell(15).getNumericCellValue());
            assertEquals(CellType.STRING, base.getCell(2).getCellType());
            assertTrue(base.getCell(2).getCellStyle().getQuotePrefixed(), "'-aluminium' is quoted");
            assertTrue(lines.getRow(2).getCell(2).getCellStyle().getQuotePrefixed(), "'@power' is quoted");
            var product = book.getSheet("Summary 汇总").getRow(0).getCell(1);
            assertEquals(CellType.STRING, product.getCellType());
            assertTrue(product.getCellStyle().getQuotePrefixed());
            assertTrue(product.getStringCellValue().startsWith("=HYPERLINK"));
            assertEquals(
                    "1 piece", book.getSheet("Summary 汇总").getRow(1).getCell(1).getStringCellValue());
        }
    }
}
