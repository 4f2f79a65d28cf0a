package org.tanji.core.model;

import java.util.Objects;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.tanji.core.error.InvalidAmountException;
import org.tanji.core.unit.ActivityUnits;

/**
 * A finite number with a unit, e.g. 2.5 kg or 120 kWh.
 *
 * <pre>{@code
 * Amount steel = Amount.of(2.5, "kg");
 * Amount fromIndriya = Amount.of(Quantities.getQuantity(3, Units.KILOGRAM));
 * }</pre>
 */
public record Amount(double value, Unit<?> unit) {

    public Amount {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new InvalidAmountException("amount", "the value", value);
        }
    }

    /** {@code value} in the unit written {@code unitSymbol} (see {@link ActivityUnits#parse}). */
    public static Amount of(double value, String unitSymbol) {
        return new Amount(value, ActivityUnits.parse(unitSymbol));
    }

    /** The value and unit of a JSR 385 quantity. */
    public static Amount of(Quantity<?> quantity) {
        return new Amount(quantity.getValue().doubleValue(), quantity.getUnit());
    }

    /** This amount, failing with a message naming {@code where} and {@code what} if it is negative. */
    Amount requireNonNegative(String where, String what) {
        if (value < 0) {
            throw new InvalidAmountException(where, what, value);
        }
        return this;
    }

    /** This amount scaled by {@code factor}, in the same unit. */
    public Amount times(double factor) {
        return new Amount(value * factor, unit);
    }

    @Override
    public String toString() {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " "
                + ActivityUnits.symbol(unit);
    }
}
