package org.tanji.core.error;

/** An activity names an emission factor that no factor source knows. */
public class UnknownFactorException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public UnknownFactorException(String factorId, String line) {
        super("Unknown emission factor '" + factorId + "' in " + line
                + ": add it to the model's factors or to the FactorSource, or correct the id");
    }
}
