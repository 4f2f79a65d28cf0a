package org.tanji.portal.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.tanji.portal.application.EvidenceTable;
import org.tanji.portal.application.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Evidence spreadsheets as tables, read with POI's event (SAX) API so a large sheet is never held in memory: the
 * reading stops once {@link #MAX_ROWS} rows are in. Values are the cells' formatted text, as Excel shows them.
 */
@ApplicationScoped
public class PoiEvidenceTable implements EvidenceTable {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Thrown inside the SAX handler to stop reading once the table is full. */
    private static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full() {
            super(null, null, false, false);
        }
    }

    @Override
    public Table read(String contentType, byte[] content) {
        try {
            if (contentType.startsWith("text/csv")) {
                return csv(content);
            }
            if (contentType.startsWith(XLSX)) {
                return xlsx(content);
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("document", "the spreadsheet cannot be read as a table: " + e.getMessage());
        }
        throw new InvalidInputException(
                "document", "only XLSX and CSV documents are shown as tables, not " + contentType);
    }

    private static Table csv(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        boolean cut = false;
        String text = decode(content).replace("\uFEFF", "");
        for (CSVRecord r : CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
            if (rows.size() == MAX_ROWS) {
                cut = true;
                break;
            }
            List<String> row = new ArrayList<>();
            r.forEach(row::add);
            cut |= row.size() > MAX_COLUMNS;
            rows.add(List.copyOf(row.subList(0, Math.min(row.size(), MAX_COLUMNS))));
        }
        return new Table("", rows, cut);
    }

    /** UTF-8, or else GB18030 (a CSV saved by Excel on a Chinese Windows): each byte sequence means one thing. */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(content, java.nio.charset.Charset.forName("GB18030"));
        }
    }

    private static Table xlsx(byte[] content)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException("document", "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                String name = sheets.getSheetName();
                Collector rows = new Collector();
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg), rows, false));
                try {
                    xml.parse(new InputSource(sheet));
                } catch (Full full) {
                    rows.cut = true;
                }
                return new Table(name, rows.rows, rows.cut);
            }
        }
    }

    /** Collects cells into rows, blank cells as "", up to the table's limits. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<List<String>> rows = new ArrayList<>();
        List<String> row;
        boolean cut;

        @Override
        public void startRow(int rowNum) {
            if (rows.size() == MAX_ROWS) {
                throw new Full();
            }
            while (rows.size() < rowNum && rows.size() < MAX_ROWS) {
                rows.add(List.of()); // blank rows keep the sheet's row numbers
            }
            if (rows.size() == MAX_ROWS) {
                throw new Full();
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(List.copyOf(row));
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                cut = true;
                return;
            }
            while (row.size() < column) {
                row.add("");
            }
            row.add(formatted == null ? "" : formatted);
        }
    }
}
