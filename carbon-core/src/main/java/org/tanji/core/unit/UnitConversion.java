package org.tanji.core.unit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;

/**
 * Multipliers between units, each pair worked out by Indriya once per JVM and remembered: units are immutable, and
 * a calculation meets the same few pairs over and over.
 *
 * <pre>{@code
 * double perTonne = UnitConversion.multiplier(ActivityUnits.parse("kg"), ActivityUnits.TONNE); // 0.001
 * }</pre>
 */
public final class UnitConversion {
    private static final Map<Pair, Double> MULTIPLIERS = new ConcurrentHashMap<>();

    private UnitConversion() {}

    /**
     * How many {@code to} one {@code from} is.
     *
     * @throws IncommensurableException when the units measure different things (kg and kWh)
     */
    public static double multiplier(Unit<?> from, Unit<?> to) throws IncommensurableException {
        Pair pair = new Pair(from, to);
        Double known = MULTIPLIERS.get(pair);
        if (known != null) {
            return known;
        }
        try {
            double m = from.getConverterToAny(to).convert(1.0);
            MULTIPLIERS.put(pair, m);
            return m;
        } catch (UnconvertibleException e) {
            throw new IncommensurableException(e.getMessage());
        }
    }

    private record Pair(Unit<?> from, Unit<?> to) {}
}
