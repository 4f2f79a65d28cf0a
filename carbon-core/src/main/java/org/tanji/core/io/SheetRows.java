package org.tanji.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    /**
     * Reads a CSV file with a header row (UTF-8, a BOM at the start is skipped). Text that is not UTF-8 is refused,
     * never decoded into mojibake: Excel on Chinese Windows saves CSV as GBK, and a part name read wrong would be
     * stored wrong.
     */
    static SheetRows csv(InputStream in, String file) {
        try (Reader r = new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT));
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
        } catch (CharacterCodingException e) {
            throw notUtf8(file, e);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException c) {
                throw notUtf8(file, c);
            }
            throw new ModelFormatException(file, "is not a readable CSV file: " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelFormatException(file, "is not a readable CSV file: " + e.getMessage(), e);
        }
    }

    private static ModelFormatException notUtf8(String file, CharacterCodingException e) {
        return new ModelFormatException(
                file,
                "is not UTF-8 text (" + e.getMessage() + "); Excel on Chinese Windows saves CSV as GBK/GB18030 —"
                        + " save it again as 'CSV UTF-8 (逗号分隔)' or upload the XLSX workbook itself",
                e);
    }

    /**
     * Reads sheet {@code sheetName} of an XLSX workbook — null: the first visible sheet, as Excel opens it (a hidden
     * first sheet often holds lookups, not the BOM). Formulas give their cached value; a formula Excel never
     * calculated has none and is refused. The workbook is checked against {@link XlsxLimits} before POI inflates it.
     */
    static SheetRows xlsx(InputStream in, String file, String sheetName) {
        byte[] bytes = XlsxLimits.check(in, file);
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes))) {
            Sheet sheet = sheetName == null ? firstVisible(wb, file) : wb.getSheet(sheetName);
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
                    String v = text(row.getCell(index.get(i)), format, file, sheet);
                    cells.put(header.get(i), v);
                    empty &= v.isEmpty();
                }
                if (!empty) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            return new SheetRows(file, sheet.getSheetName(), header, index, rows);
        } catch (IOException
                | org.apache.poi.EmptyFileException
                | org.apache.poi.UnsupportedFileFormatException
                | org.apache.poi.ooxml.POIXMLException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                | org.apache.poi.util.RecordFormatException e) {
            // POI's own refusals (a DOCTYPE, an entity, a broken part) are bad input, not a server fault
            throw new ModelFormatException(file, "is not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static Sheet firstVisible(Workbook wb, String file) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.getSheetVisibility(i) == org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE) {
                return wb.getSheetAt(i);
            }
        }
        throw new ModelFormatException(file, "has no visible sheet; name the sheet to read");
    }

    private static String text(Cell c, DataFormatter format, String file, Sheet sheet) {
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.FORMULA
                && c instanceof org.apache.poi.xssf.usermodel.XSSFCell x
                && !x.getCTCell().isSetV()) {
            // POI reports such a cell as the number 0: a quantity would silently become nothing
            throw new ModelFormatException(
                    file + ", sheet '" + sheet.getSheetName() + "', cell " + x.getReference(),
                    "is the formula =" + c.getCellFormula() + " with no calculated value; open the workbook in"
                            + " Excel or WPS, let it calculate, save it, and upload it again (or type the value)");
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
            double d = Numbers.exact(percent ? v.substring(0, v.length() - 1).strip() : v);
            return percent ? d / 100 : d;
        } catch (Numbers.NotRepresentable e) {
            throw error(row, column, "is " + v + "; " + e.getMessage());
        } catch (NumberFormatException e) {
            if (v.matches("(?i)[+-]?(nan|inf|infinity)")) {
                throw error(row, column, "is " + v + "; it must be a finite number");
            }
            throw error(row, column, "'" + v + "' is not a number");
        }
    }

    /** One data row: its 1-based row number in the file or sheet, and its cells by column name. */
    record SheetRow(int number, Map<String, String> cells) {}
}
