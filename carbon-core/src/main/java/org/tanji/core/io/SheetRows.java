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

    SheetRows(String file, String sheet, List<String> header, List<Integer> columnIndex, List<SheetRow> rows) {
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

    /** Sheet {@code sheetName} of an XLSX workbook (null: the first visible one); see {@link XlsxSheet}. */
    static SheetRows xlsx(InputStream in, String file, String sheetName) {
        return XlsxSheet.read(in, file, sheetName);
    }

    static String normalise(String header) {
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
