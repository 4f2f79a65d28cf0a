package org.tanji.portal.application;

import java.util.List;

/**
 * A spreadsheet of evidence (XLSX or CSV) as a table a certifier reads in the page: the first visible sheet's first
 * rows and columns as text, with the sheet's name and whether more was left out. Written in infrastructure with
 * Apache POI's streaming reader.
 */
public interface EvidenceTable {
    /** At most this many rows and columns are shown; the file itself has the rest. */
    int MAX_ROWS = 200;

    int MAX_COLUMNS = 30;

    /** The table, and whether rows or columns were left out. */
    record Table(String sheet, List<List<String>> rows, boolean cut) {}

    /**
     * Reads the table of a stored evidence document.
     *
     * @throws InvalidInputException if the document is not a spreadsheet or cannot be read as one
     */
    Table read(String contentType, byte[] content);
}
