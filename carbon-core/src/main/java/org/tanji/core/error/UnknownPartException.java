package org.tanji.core.error;

/** A BOM line names a part the model does not define. */
public class UnknownPartException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public UnknownPartException(String partId, String where) {
        super("Unknown part '" + partId + "' in " + where + ": define the part in the model or correct the id");
    }
}
