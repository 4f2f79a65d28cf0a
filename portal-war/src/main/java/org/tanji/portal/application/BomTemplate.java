package org.tanji.portal.application;

/**
 * The bill-of-materials template exporters download: an example that the portal reads as it is (a desk lamp, with
 * factors from the shipped library) and, in the workbook, a sheet that explains every column in English and Chinese.
 */
public interface BomTemplate {
    /** The example as CSV (UTF-8 with a byte-order mark, so that Excel opens it as UTF-8). */
    byte[] csv();

    /** The example as the first sheet of a workbook, the columns explained on the second. */
    byte[] xlsx();
}
