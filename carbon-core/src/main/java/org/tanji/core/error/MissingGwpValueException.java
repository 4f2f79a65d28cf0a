package org.tanji.core.error;

/** A gas has no GWP value in the chosen GWP set. */
public class MissingGwpValueException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public MissingGwpValueException(String gas, String gwpSet, String factorId) {
        super("The GWP set " + gwpSet + " has no value for " + gas + " (used by " + factorId
                + "): choose another GWP set or give the factor as CO2e");
    }
}
