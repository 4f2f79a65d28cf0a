package org.tanji.core.error;

/**
 * A distribution that does not describe the value it is attached to: it would draw the other sign (a lognormal on
 * a removal or a credit), its support leaves out the stated value, or its median is not the stated value. Sampling
 * it would move the Monte Carlo result away from the deterministic one without a word, so it is refused.
 */
public class DistributionMismatchException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public DistributionMismatchException(String message) {
        super(message);
    }
}
