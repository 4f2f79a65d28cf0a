package org.tanji.core.error;

/**
 * A model or BOM file that cannot be read. The message starts with the place: a JSON path
 * ({@code battery.json at $.parts[2].components[0].quantity}) or a spreadsheet cell ({@code bom.xlsx, sheet 'BOM',
 * row 14, column 'quantity'}).
 */
public class ModelFormatException extends FootprintException {
    private static final long serialVersionUID = 1L;

    private final String location;

    public ModelFormatException(String location, String problem) {
        super(location + ": " + problem);
        this.location = location;
    }

    public ModelFormatException(String location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
    }

    /** Where the problem is: file and JSON path, or file, sheet, row and column. */
    public String location() {
        return location;
    }
}
