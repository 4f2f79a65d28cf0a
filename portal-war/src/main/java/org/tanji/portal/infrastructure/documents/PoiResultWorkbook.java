package org.tanji.portal.infrastructure.documents;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tanji.portal.application.ResultWorkbook;

/**
 * The result workbook with POI's streaming writer (a 100,000-line trail keeps 100 rows in memory). Text that a
 * spreadsheet would take for a formula when edited ({@code =}, {@code +}, {@code -}, {@code @}) is written as text
 * with Excel's quote prefix, so it stays text.
 */
@ApplicationScoped
public class PoiResultWorkbook implements ResultWorkbook {
    private static final List<String[]> LINE_COLUMNS = List.of(
            new String[] {"line", "行"},
            new String[] {"part", "零部件"},
            new String[] {"activity", "活动"},
            new String[] {"stage", "阶段"},
            new String[] {"amount", "数量"},
            new String[] {"unit", "单位"},
            new String[] {"factor", "因子"},
            new String[] {"factor kg CO2e per unit", "因子 kg CO2e/单位"},
            new String[] {"factor unit", "因子单位"},
            new String[] {"dataset", "数据集"},
            new String[] {"dataset version", "数据集版本"},
            new String[] {"region", "地区"},
            new String[] {"year", "年份"},
            new String[] {"licence", "许可"},
            new String[] {"GWP set", "GWP 值集"},
            new String[] {"kg CO2e", "kg CO2e"});

    @Override
    public byte[] workbook(JsonNode result) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            CellStyle text = book.createCellStyle();
            text.setQuotePrefixed(true);
            summary(book.createSheet("Summary 汇总"), result, text);
            lines(book.createSheet("Lines 明细"), result.path("lines"), text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, JsonNode r, CellStyle text) {
        int[] row = {0};
        java.util.function.BiConsumer<String, JsonNode> put = (label, value) -> {
            Row x = sheet.createRow(row[0]++);
            set(x.createCell(0), label, text);
            set(x.createCell(1), value, text);
        };
        put.accept("product 产品", r.path("product"));
        put.accept(
                "declared unit 声明单位",
                com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        r.path("declaredUnit").path("value").asText()
                                + " "
                                + r.path("declaredUnit").path("unit").asText()));
        put.accept("system boundary 系统边界", r.path("systemBoundary"));
        put.accept("GWP set GWP 值集", r.path("gwpSet"));
        put.accept("unit 单位", r.path("unit"));
        put.accept("total 合计", r.path("total"));
        for (Map.Entry<String, String> e : Map.of(
                        "fossil", "化石来源",
                        "biogenicEmissions", "生物来源排放",
                        "biogenicRemovals", "生物来源清除",
                        "landUseChange", "土地利用变化")
                .entrySet()) {
            put.accept(e.getKey() + " " + e.getValue(), r.path("totals").path(e.getKey()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("byStage").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> stage = it.next();
            put.accept("stage 阶段: " + stage.getKey(), stage.getValue().path("total"));
        }
        put.accept("primary data share 初级数据占比", r.path("primaryDataShare"));
        put.accept("calculated at 核算时间", r.path("calculatedAt"));
        put.accept("model SHA-256 模型哈希", r.path("modelSha256"));
        put.accept("library version 程序版本", r.path("libraryVersion"));
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static void lines(Sheet sheet, JsonNode lines, CellStyle text) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < LINE_COLUMNS.size(); c++) {
            header.createCell(c)
                    .setCellValue(LINE_COLUMNS.get(c)[0] + " " + LINE_COLUMNS.get(c)[1]);
        }
        int r = 1;
        for (JsonNode l : lines) {
            JsonNode source = l.path("source");
            List<JsonNode> values = List.of(
                    l.path("line"),
                    l.path("part"),
                    l.path("activity"),
                    l.path("stage"),
                    l.path("amount"),
                    l.path("unit"),
                    l.path("factor"),
                    l.path("factorKgCo2ePerUnit"),
                    l.path("factorUnit"),
                    source.path("dataset"),
                    source.path("version"),
                    source.path("region"),
                    source.path("year"),
                    source.path("licence"),
                    l.path("gwpSet"),
                    l.path("kgCo2e"));
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                set(row.createCell(c), values.get(c), text);
            }
        }
    }

    private static void set(Cell cell, JsonNode value, CellStyle text) {
        if (value.isNumber()) {
            cell.setCellValue(value.asDouble());
        } else if (!value.isMissingNode() && !value.isNull()) {
            set(cell, value.asText(), text);
        }
    }

    private static void set(Cell cell, String value, CellStyle text) {
        cell.setCellValue(value);
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            cell.setCellStyle(text);
        }
    }
}
