package org.tanji.core.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.measure.MetricPrefix;
import javax.measure.Unit;
import tech.units.indriya.unit.Units;

/**
 * Every SI-prefixed spelling of the units activity data is measured in: length, area and volume on the metre, mass
 * on the gram (and kt, Mt, Gt on the tonne), energy on the joule and the watt-hour, volume on the litre.
 *
 * <p>Built symbol by symbol instead of handing strings to a unit parser, because the parser is wrong for prefixed
 * powers: Indriya 2.2.3 reads {@code cm2} and {@code cm²} as centi(m²) = 0.01 m² (indriya #449) while
 * {@code cm^2} comes out right. Here the prefix always scales the length before the power: 1 cm² is
 * (0.01 m)² = 1e-4 m² (NIST SP 811, 6.2.6: "an exponent attached to a symbol containing a prefix indicates that
 * the multiple or submultiple of the unit is raised to the power").
 */
final class SiPrefixedUnits {
    private static final Unit<?> WATT_HOUR = Units.JOULE.multiply(3600);
    private static final List<MetricPrefix> MULTIPLES_OF_TONNE =
            List.of(MetricPrefix.KILO, MetricPrefix.MEGA, MetricPrefix.GIGA);

    private SiPrefixedUnits() {}

    /** Every spelling with its unit, the canonical spelling of each unit first. */
    static Map<String, Unit<?>> all() {
        Map<String, Unit<?>> out = new LinkedHashMap<>();
        put(out, "", UnaryOperator.identity());
        for (MetricPrefix p : MetricPrefix.values()) {
            for (String prefix : spellings(p)) {
                put(out, prefix, unit -> unit.prefix(p));
            }
        }
        for (MetricPrefix p : MULTIPLES_OF_TONNE) {
            out.put(p.getSymbol() + "t", ActivityUnits.TONNE.prefix(p));
        }
        return out;
    }

    private static void put(Map<String, Unit<?>> out, String prefix, UnaryOperator<Unit<?>> prefixed) {
        Unit<?> metre = prefixed.apply(Units.METRE);
        out.put(prefix + "m", metre);
        for (String square : List.of("m2", "m²", "m^2")) {
            out.put(prefix + square, metre.pow(2));
        }
        for (String cube : List.of("m3", "m³", "m^3")) {
            out.put(prefix + cube, metre.pow(3));
        }
        out.put(prefix + "g", prefixed.apply(Units.GRAM));
        out.put(prefix + "J", prefixed.apply(Units.JOULE));
        out.put(prefix + "Wh", prefixed.apply(WATT_HOUR));
        Unit<?> litre = prefixed.apply(Units.LITRE);
        out.put(prefix + "L", litre);
        out.put(prefix + "l", litre);
    }

    /** How a prefix is typed: its symbol, and for micro also the Greek mu and a plain {@code u}. */
    private static List<String> spellings(MetricPrefix p) {
        return p == MetricPrefix.MICRO ? List.of("µ", "μ", "u") : List.of(p.getSymbol());
    }
}
