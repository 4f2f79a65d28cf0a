package org.tanji.core.error;

/** An uncertainty distribution whose parameters mean nothing (GSD below 1, min above max …). */
public class InvalidDistributionException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public InvalidDistributionException(String message) {
        super(message);
    }
}
