package org.tanji.core.error;

/** A bill of materials contains itself. */
public class BomCycleException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public BomCycleException(String cyclePath) {
        super("The bill of materials contains itself: " + cyclePath
                + "; a part cannot be its own component (model loops with the process system instead)");
    }
}
