package org.tanji.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.tanji.core.error.ModelFormatException;

/**
 * A table read from a CSV file or an XLSX sheet: a header row, then rows of text cells, each of which can say
 * where it is ({@code bom.xlsx, sheet 'BOM', row 14, column 'quantity' (D)}).
 */
final class SheetRows {
    private final String file;
    private final String sheet;
    private final List<String> header;
    private final List<Integer> columnIndex;
    final List<SheetRow> rows;

    private SheetRows(String file, String sheet, List<String> header, List<Integer> columnIndex, List<SheetRow> rows) {
        this.file = file;
        this.sheet = sheet;
        this.header = header;
        this.columnIndex = columnIndex;
        this.rows = rows;
    }

    /** Reads a CSV file with a header row (UTF-8, a BOM at the start is skipped). */
    static SheetRows csv(InputStream in, String file) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true)
                        .setIgnoreEmptyLines(true)
                        .get()
                        .parse(r)) {
            List<String> header = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (String h : p.getHeaderNames()) {
                header.add(normalise(h));
                index.add(index.size());
            }
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < rec.size(); i++) {
                    cells.put(header.get(i), rec.get(i).strip());
                }
                rows.add(new SheetRow((int) rec.getRecordNumber() + 1, cells));
            }
            return new SheetRows(file, null, header, index, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ModelFormatException(file, "is not a readable CSV file: " + e.getMessage(), e);
        }
    }

    /** Reads sheet {@code sheetName} (null: the first sheet) of an XLSX workbook; formulas give their cached value. */
    static SheetRows xlsx(InputStream in, String file, String sheetName) {
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
            if (sheet == null) {
                throw new ModelFormatException(file, "has no sheet '" + sheetName + "'");
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new ModelFormatException(file + ", sheet '" + sheet.getSheetName() + "'", "is empty");
            }
            List<String> header = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (Cell c : headerRow) {
                String h = normalise(format.formatCellValue(c));
                if (!h.isEmpty()) {
                    header.add(h);
                    index.add(c.getColumnIndex());
                }
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int i = 0; i < header.size(); i++) {
                    String v = text(row.getCell(index.get(i)), format);
                    cells.put(header.get(i), v);
                    empty &= v.isEmpty();
                }
                if (!empty) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            return new SheetRows(file, sheet.getSheetName(), header, index, rows);
        } catch (IOException | org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new ModelFormatException(file, "is not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static String text(Cell c, DataFormatter format) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type == CellType.NUMERIC) {
            return Double.toString(c.getNumericCellValue()); // full precision, not the display format
        }
        if (type == CellType.ERROR) {
            return "#ERROR";
        }
        return format.formatCellValue(c).strip();
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace("\uFEFF", "");
    }

    /** Fails unless the header has every one of {@code columns}. */
    void requireColumns(String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) {
                throw new ModelFormatException(
                        place(),
                        "has no column '" + c + "'; the header row must name the columns "
                                + String.join(", ", columns));
            }
        }
    }

    private String place() {
        return sheet == null ? file : file + ", sheet '" + sheet + "'";
    }

    /** Where a cell is, for error messages. */
    String where(SheetRow row, String column) {
        int i = header.indexOf(column);
        String letter =
                sheet != null && i >= 0 ? " (" + CellReference.convertNumToColString(columnIndex.get(i)) + ")" : "";
        return place() + ", row " + row.number() + ", column '" + column + "'" + letter;
    }

    ModelFormatException error(SheetRow row, String column, String problem) {
        return new ModelFormatException(where(row, column), problem);
    }

    /** The cell's text, or "" if empty or absent. */
    String text(SheetRow row, String column) {
        String v = row.cells().get(column);
        return v == null ? "" : v;
    }

    /** A finite number; a trailing % divides by 100. */
    double number(SheetRow row, String column, Double fallback) {
        String v = text(row, column);
        if (v.isEmpty()) {
            if (fallback == null) {
                throw error(row, column, "is empty; a number is needed");
            }
            return fallback;
        }
        boolean percent = v.endsWith("%");
        try {
            double d =
                    Double.parseDouble(percent ? v.substring(0, v.length() - 1).strip() : v);
            if (!Double.isFinite(d)) {
                throw error(row, column, "is " + v + "; it must be a finite number");
            }
            return percent ? d / 100 : d;
        } catch (NumberFormatException e) {
            throw error(row, column, "'" + v + "' is not a number");
        }
    }

    /** One data row: its 1-based row number in the file or sheet, and its cells by column name. */
    record SheetRow(int number, Map<String, String> cells) {}
}
