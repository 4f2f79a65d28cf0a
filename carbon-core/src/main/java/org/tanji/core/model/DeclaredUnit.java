package org.tanji.core.model;

/**
 * What the footprint is per: {@code 1 piece} of a chair, {@code 1 kWh} of battery energy delivered over the
 * service life, {@code 1 kg} of cathode material.
 *
 * @param amount how much of the product one declared unit is
 * @param description what it is in words, e.g. "one office chair, 5-year use"
 */
public record DeclaredUnit(Amount amount, String description) {

    public DeclaredUnit {
        if (amount.value() <= 0) {
            throw new IllegalArgumentException("the declared unit must be a positive amount, not " + amount);
        }
    }

    public static DeclaredUnit of(double value, String unitSymbol, String description) {
        return new DeclaredUnit(Amount.of(value, unitSymbol), description);
    }

    @Override
    public String toString() {
        return amount + (description == null || description.isBlank() ? "" : " (" + description + ")");
    }
}
