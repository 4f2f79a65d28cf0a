package org.tanji.core.unit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.measure.Quantity;
import javax.measure.Unit;

/**
 * Money as a unit, for spend-based emission factors (e.g. USEEIO: kg CO2e per 2021 USD).
 *
 * <p>Each currency and price year is its own dimension: a factor per 2021 USD never silently multiplies euros or
 * 2024 dollars — exchange rates and deflators are the user's explicit step, not a hidden conversion.
 */
public final class MonetaryUnits {

    /** The quantity type of money amounts. */
    public interface Money extends Quantity<Money> {}

    private static final Map<String, Unit<Money>> UNITS = new ConcurrentHashMap<>();
    private static final Map<Unit<?>, String> SYMBOLS = new ConcurrentHashMap<>();

    private MonetaryUnits() {}

    /**
     * The unit of one {@code currency} (ISO 4217) at the prices of {@code priceYear} (null: year not stated).
     */
    public static Unit<Money> of(String currency, Integer priceYear) {
        String symbol = priceYear == null ? currency : currency + priceYear;
        return UNITS.computeIfAbsent(symbol, MonetaryUnits::create);
    }

    private static Unit<Money> create(String symbol) {
        Unit<Money> unit = OwnDimensions.baseUnit(symbol);
        SYMBOLS.put(unit, symbol);
        return unit;
    }

    /** The symbol of a monetary unit ({@code USD2021}), or null if {@code unit} is not money. */
    static String symbol(Unit<?> unit) {
        return SYMBOLS.get(unit);
    }
}
