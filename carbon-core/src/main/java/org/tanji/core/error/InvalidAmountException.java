package org.tanji.core.error;

/** An amount that means nothing: not finite, or negative where only zero or more makes sense. */
public class InvalidAmountException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public InvalidAmountException(String where, String what, double value) {
        super(where + ": " + what + " is " + value + "; "
                + (Double.isFinite(value)
                        ? "it must be zero or more (model a credit as an avoided product instead)"
                        : "it must be a finite number"));
    }
}
