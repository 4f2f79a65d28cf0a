package org.tanji.portal.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tanji.core.io.BomImport;

/** The template reads as the bill of materials it shows, in both forms, and explains every column it has. */
class PoiBomTemplateTest {
    final PoiBomTemplate template = new PoiBomTemplate();

    @Test
    void theCsvAndTheWorkbookAreTheSameBillOfMaterials() throws Exception {
        BomImport.ImportedBom csv = BomImport.readCsv(new ByteArrayInputStream(template.csv()), "bom.csv");
        BomImport.ImportedBom xlsx = BomImport.readXlsx(new ByteArrayInputStream(template.xlsx()), "bom.xlsx", null);
        for (BomImport.ImportedBom bom : List.of(csv, xlsx)) {
            assertEquals("lamp", bom.rootPartId());
            assertEquals(
                    List.of("lamp", "housing", "shade"),
                    bom.parts().stream().map(p -> p.id()).toList());
        }
        assertEquals(csv.parts().toString(), xlsx.parts().toString());
    }

    @Test
    void everyColumnIsExplainedInBothLanguages() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.xlsx()))) {
            var help = book.getSheet("Columns 说明");
            assertEquals(PoiBomTemplate.COLUMNS.size() + 1, help.getPhysicalNumberOfRows());
            for (int i = 0; i < PoiBomTemplate.COLUMNS.size(); i++) {
                var row = help.getRow(i + 1);
                assertEquals(PoiBomTemplate.COLUMNS.get(i), row.getCell(0).getStringCellValue());
                assertEquals(false, row.getCell(1).getStringCellValue().isBlank());
                assertEquals(false, row.getCell(2).getStringCellValue().isBlank());
            }
        }
    }
}
