package org.tanji.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.io.SheetRows.SheetRow;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an XLSX workbook as a stream of XML events (POI's event API), keeping only the rows' cells that
 * fall under a header: memory grows with the rows of the bill of materials, not with the sheet's XML, its styles or
 * the columns nobody asked for. POI's user model would build an object per cell of the whole workbook — a 1 MB upload
 * whose sheet inflates to 90 MB took a server's heap. The workbook is first checked against {@link XlsxLimits}
 * (inflated bytes, parts), then rows and cells are counted as they stream past.
 *
 * <p>What a cell gives: a number its full-precision value (not the display format), text its text, a boolean
 * {@code TRUE}/{@code FALSE}, an error {@code #ERROR}, a formula its calculated value — and a formula Excel never
 * calculated (no cached value) is refused with its cell, because POI and other readers would make it 0.
 */
final class XlsxSheet {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxSheet() {}

    /** Sheet {@code sheetName} (null: the first visible one) as rows under its first non-empty row. */
    static SheetRows read(InputStream in, String file, String sheetName) {
        byte[] bytes = XlsxLimits.check(in, file);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            SheetEntry sheet = choose(sheets(reader, file), sheetName, file);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Rows rows = new Rows(file, sheet.name(), strings);
            try (InputStream xml = reader.getSheet(sheet.relationId())) {
                parse(xml, rows);
            }
            return rows.table();
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | org.apache.poi.ooxml.POIXMLException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                | org.apache.poi.util.RecordFormatException
                | IllegalArgumentException
                | IllegalStateException e) {
            // POI's and the XML parser's refusals (a DOCTYPE, an entity, a broken part) are bad input, not a
            // server fault; a named error from a SAX callback may arrive wrapped
            if (e.getCause() instanceof ModelFormatException named) {
                throw named;
            }
            throw new ModelFormatException(file, "is not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private record SheetEntry(String name, String relationId, boolean visible) {}

    /** The sheets in the workbook's order, with whether Excel shows them. */
    private static List<SheetEntry> sheets(XSSFReader reader, String file)
            throws IOException, OpenXML4JException, SAXException {
        List<SheetEntry> sheets = new ArrayList<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (MAIN.equals(uri) && local.equals("sheet")) {
                        String state = a.getValue("state");
                        sheets.add(new SheetEntry(
                                a.getValue("name"),
                                a.getValue(RELATIONSHIPS, "id"),
                                state == null || state.equals("visible")));
                    }
                }
            });
        }
        if (sheets.isEmpty()) {
            throw new ModelFormatException(file, "has no sheets");
        }
        return sheets;
    }

    private static SheetEntry choose(List<SheetEntry> sheets, String name, String file) {
        for (SheetEntry s : sheets) {
            if (name == null ? s.visible() : name.equalsIgnoreCase(s.name())) {
                if (s.relationId() == null) {
                    throw new ModelFormatException(file, "names sheet '" + s.name() + "' without its part");
                }
                return s;
            }
        }
        throw new ModelFormatException(
                file, name == null ? "has no visible sheet; name the sheet to read" : "has no sheet '" + name + "'");
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader parser = XMLHelper.newXMLReader(); // no DTDs, no external entities
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SAX handler of a sheet's XML: collects rows, the first non-empty one as the header. */
    private static final class Rows extends DefaultHandler {
        private final String file;
        private final String sheet;
        private final ReadOnlySharedStringsTable strings;
        private final List<String> header = new ArrayList<>();
        private final List<Integer> columnIndex = new ArrayList<>();
        private final List<SheetRow> rows = new ArrayList<>();
        private final Map<Integer, String> row = new LinkedHashMap<>();
        private final StringBuilder text = new StringBuilder();
        private int rowNumber;
        private int cellsSeen;
        private int column;
        private String reference;
        private String type;
        private String value;
        private String formula;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInline;
        private boolean inPhonetic;

        Rows(String file, String sheet, ReadOnlySharedStringsTable strings) {
            this.file = file;
            this.sheet = sheet;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            if (!MAIN.equals(uri)) {
                return;
            }
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : positive(r, "row number");
                    row.clear();
                    column = -1;
                }
                case "c" -> {
                    if (++cellsSeen > XlsxLimits.MAX_CELLS) {
                        throw XlsxLimits.tooBig(place(), "has more than " + XlsxLimits.MAX_CELLS + " cells");
                    }
                    reference = a.getValue("r");
                    column = reference == null ? column + 1 : columnOf(reference);
                    if (column >= 16_384) {
                        throw new ModelFormatException(place(), "has a cell beyond column XFD, the last a sheet has");
                    }
                    type = a.getValue("t");
                    value = null;
                    formula = null;
                }
                case "v" -> start(true, false);
                case "f" -> start(false, true);
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "rPh" -> inPhonetic = true;
                default -> {}
            }
        }

        private void start(boolean v, boolean f) {
            inValue = v;
            inFormula = f;
            text.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if ((inValue || inFormula || inInline) && !inPhonetic) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (!MAIN.equals(uri)) {
                return;
            }
            switch (local) {
                case "v" -> {
                    value = text.toString();
                    inValue = false;
                }
                case "f" -> {
                    formula = text.toString();
                    inFormula = false;
                }
                case "is" -> {
                    value = text.toString();
                    inInline = false;
                }
                case "rPh" -> inPhonetic = false;
                case "c" -> cell();
                case "row" -> endRow();
                default -> {}
            }
        }

        private void cell() {
            if (header.isEmpty() || columnIndex.contains(column)) {
                String v = cellText();
                if (!v.isEmpty()) {
                    row.put(column, v);
                }
            }
        }

        private String cellText() {
            if (value == null) {
                if (formula != null) {
                    // other readers report such a cell as the number 0: a quantity would silently become nothing
                    throw new ModelFormatException(
                            place() + ", cell " + cellName(),
                            (formula.isEmpty() ? "is a shared formula" : "is the formula =" + formula)
                                    + " with no calculated value; open the workbook in Excel or WPS, let it"
                                    + " calculate, save it, and upload it again (or type the value)");
                }
                return "";
            }
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> sharedString(value);
                case "b" -> value.strip().equals("1") ? "TRUE" : "FALSE";
                case "e" -> "#ERROR";
                case "n" -> number(value);
                default -> value.strip(); // str (a formula's text), inlineStr, and dates written as text
            };
        }

        private String sharedString(String index) {
            int i = nonNegative(index.strip(), "shared string index");
            try {
                // the table's count attributes are what the file claims, not what it holds
                return strings.getItemAt(i).getString().strip();
            } catch (IndexOutOfBoundsException e) {
                throw new ModelFormatException(
                        place() + ", cell " + cellName(), "refers to shared string " + i + ", which is not there");
            }
        }

        private String number(String v) {
            String s = v.strip();
            if (s.isEmpty()) {
                return "";
            }
            try {
                return Double.toString(Double.parseDouble(s)); // full precision, not the display format
            } catch (NumberFormatException e) {
                throw new ModelFormatException(
                        place() + ", cell " + cellName(), "holds '" + s + "', which is not a number");
            }
        }

        private void endRow() {
            if (row.isEmpty()) {
                return;
            }
            if (header.isEmpty()) {
                row.forEach((c, h) -> {
                    String name = SheetRows.normalise(h);
                    if (!name.isEmpty()) {
                        header.add(name);
                        columnIndex.add(c);
                    }
                });
                return;
            }
            if (rows.size() >= XlsxLimits.MAX_ROWS) {
                throw XlsxLimits.tooBig(place(), "has more than " + XlsxLimits.MAX_ROWS + " rows");
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), row.getOrDefault(columnIndex.get(i), ""));
            }
            rows.add(new SheetRow(rowNumber, cells));
        }

        SheetRows table() {
            if (header.isEmpty()) {
                throw new ModelFormatException(place(), "is empty");
            }
            return new SheetRows(file, sheet, header, columnIndex, rows);
        }

        private String place() {
            return file + ", sheet '" + sheet + "'";
        }

        private String cellName() {
            return reference != null ? reference : CellReference.convertNumToColString(column) + rowNumber;
        }

        private int columnOf(String ref) {
            int col = 0;
            int letters = 0;
            while (letters < ref.length() && Character.isLetter(ref.charAt(letters))) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(letters)) - 'A' + 1);
                letters++;
                if (letters > 3 || col < 1) {
                    break;
                }
            }
            if (letters == 0 || letters > 3 || col < 1 || col > 16_384) {
                throw new ModelFormatException(place(), "has a cell named '" + ref + "', which is not a cell");
            }
            return col - 1;
        }

        private int positive(String s, String what) {
            int n = nonNegative(s, what);
            if (n == 0 || n > 1_048_576) {
                throw new ModelFormatException(place(), "has " + what + " " + s + ", outside a sheet");
            }
            return n;
        }

        private int nonNegative(String s, String what) {
            try {
                int n = Integer.parseInt(s.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // named below
            }
            throw new ModelFormatException(place(), "has " + what + " '" + s + "', which is not a number");
        }
    }
}
