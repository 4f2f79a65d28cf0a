package org.tanji.core.unit;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.measure.Unit;
import javax.measure.quantity.Area;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Volume;
import org.tanji.core.error.UnknownUnitException;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.unit.Units;

/**
 * The units activity data and emission factors are written in, and their parser.
 *
 * <p>Symbols are those of the factor databases exporters meet (DESNZ, EPA, China's MEE): {@code kg}, {@code t},
 * {@code kWh}, {@code MJ}, {@code L}, {@code m3}, {@code m2}, {@code km}, {@code t·km} (also {@code tkm} and
 * {@code tonne.km}), {@code piece}, {@code passenger·km}, {@code room·night}, US units ({@code gal},
 * {@code short ton}, {@code scf}, {@code mmBtu}); every SI prefix on {@code m}, {@code m2}, {@code m3}, {@code g},
 * {@code J}, {@code Wh} and {@code L} ({@code cm2}, {@code dm³}, {@code mm^2}, {@code mL}, {@code GJ}); {@code kt},
 * {@code Mt}, {@code Gt}; {@code ha}; counted {@code cycle} and {@code use}; money as an ISO 4217 code with an
 * optional price year ({@code USD}, {@code USD2021}); and the product or quotient of two of these
 * ({@code kg/m2}, {@code kW·h} is not one: write {@code kWh}).
 *
 * <pre>{@code
 * Unit<?> u = ActivityUnits.parse("t·km");
 * }</pre>
 *
 * <p>Nothing else is guessed: a symbol outside this table is refused with {@link UnknownUnitException}, never
 * handed to a general unit parser (those read {@code cm2} as 0.01 m²). Parsed units are cached and the same symbol
 * always yields the same instance, so unit pairs can be compared cheaply by the calculator.
 */
public final class ActivityUnits {

    /** One piece (an item, a unit of product): dimensionless. Passengers, rooms and nights have dimensions of their
     * own, so a factor per passenger·km never multiplies vehicle kilometres. */
    public static final Unit<?> PIECE = AbstractUnit.ONE;

    public static final Unit<Mass> KILOGRAM = Units.KILOGRAM;
    public static final Unit<Mass> TONNE = Units.KILOGRAM.multiply(1000);
    public static final Unit<Energy> KILOWATT_HOUR = Units.JOULE.multiply(3_600_000);
    public static final Unit<Length> KILOMETRE = Units.METRE.multiply(1000);

    /** Transport work: one tonne carried one kilometre (mass × length). */
    public static final Unit<?> TONNE_KILOMETRE = TONNE.multiply(KILOMETRE);

    private static final Pattern MONEY = Pattern.compile("([A-Z]{3})\\s*\\(?\\s*(\\d{4})?\\s*\\)?");
    private static final Pattern PRODUCT_OR_QUOTIENT = Pattern.compile("([^·*/]+)([·*/])([^·*/]+)");
    /** Every symbol the table holds, exactly as written (prefixes are case-sensitive: mg is not Mg). */
    private static final Map<String, Unit<?>> EXACT = new LinkedHashMap<>();
    /** The named units of more than one letter, lower-cased: read in any case (KG, KWH, Tonnes), which prefixed
     * symbols are not (MG is neither mg nor Mg). */
    private static final Map<String, Unit<?>> ANY_CASE = new HashMap<>();

    private static final Map<String, Unit<?>> PARSED = new ConcurrentHashMap<>();
    private static final Map<Unit<?>, String> SYMBOLS = new ConcurrentHashMap<>();

    static {
        SiPrefixedUnits.all().forEach((symbol, unit) -> {
            EXACT.put(symbol, unit);
            SYMBOLS.putIfAbsent(unit, symbol);
        });
        Unit<Energy> megajoule = Units.JOULE.multiply(1_000_000);
        Unit<Volume> litre = Units.LITRE;
        Unit<Area> squareMetre = Units.SQUARE_METRE;
        known(PIECE, "piece", "pieces", "pc", "pcs", "item", "items", "unit", "units", "p");
        known(Units.KILOGRAM, "kg", "kilogram", "kilograms");
        known(Units.GRAM, "g", "gram", "grams");
        known(TONNE, "t", "tonne", "tonnes", "metric ton", "metric tonne");
        known(Units.KILOGRAM.multiply(0.45359237), "lb", "lbs", "pound", "pounds");
        known(Units.KILOGRAM.multiply(907.18474), "short ton", "short tons");
        known(KILOWATT_HOUR, "kWh", "kwh", "kilowatt hour", "kilowatt hours");
        known(KILOWATT_HOUR.multiply(1000), "MWh", "mwh");
        known(KILOWATT_HOUR.multiply(1_000_000), "GWh", "gwh");
        known(Units.JOULE, "J");
        known(megajoule, "MJ", "mj");
        known(megajoule.multiply(1000), "GJ", "gj");
        known(megajoule.multiply(1_000_000), "TJ", "tj");
        known(megajoule.multiply(1055.05585262), "mmBtu", "MMBtu", "mmbtu");
        known(litre, "L", "l", "litre", "litres", "liter", "liters");
        known(litre.divide(1000), "mL", "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        known(Units.CUBIC_METRE, "m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters");
        known(squareMetre, "m2", "m²", "square metre", "square metres", "square meter", "square meters");
        known(squareMetre.multiply(10_000), "ha", "hectare", "hectares");
        known(Units.METRE, "m", "metre", "metres", "meter", "meters");
        known(KILOMETRE, "km", "kilometre", "kilometres", "kilometer", "kilometers");
        known(Units.METRE.multiply(1609.344), "mi", "mile", "miles");
        known(TONNE_KILOMETRE, "t·km", "t*km", "tkm", "t.km", "tonne.km", "tonne km", "tonne-km", "tonne·km");
        known(Units.KILOGRAM.multiply(Units.METRE.multiply(1000)), "kg·km", "kg*km", "kgkm");
        Unit<Length> mile = Units.METRE.multiply(1609.344);
        known(TONNE.multiply(0.90718474).multiply(mile), "short ton·mi", "short ton-mile", "short ton-miles");
        known(litre.multiply(3.785411784), "gal", "gallon", "gallons", "US gallon", "US gallons");
        known(litre.multiply(1_000_000), "million litres", "million liters");
        known(Units.CUBIC_METRE.multiply(0.028316846592), "scf", "standard cubic foot", "standard cubic feet");
        Unit<?> passenger = counted("passenger");
        known(passenger, "passenger", "passengers");
        known(passenger.multiply(KILOMETRE), "passenger·km", "passenger.km", "passenger-km", "pkm");
        known(passenger.multiply(mile), "passenger·mi", "passenger-mile", "passenger-miles");
        known(
                counted("room").multiply(counted("night")),
                "room·night",
                "room-night",
                "room per night",
                "Room per night");
        known(counted("FTE").multiply(Units.HOUR), "FTE·h", "FTE-hour", "per FTE Working Hour");
        // A cycle of a battery and a use of an appliance are counts of service, not pieces of product: a factor per
        // cycle never multiplies a number of batteries.
        known(counted("cycle"), "cycle", "cycles");
        known(counted("use"), "use", "uses");
    }

    /** A count of something that is not a piece of product (passengers, rooms): its own dimension. */
    private static Unit<?> counted(String what) {
        return OwnDimensions.baseUnit(what);
    }

    private ActivityUnits() {}

    private static void known(Unit<?> unit, String... symbols) {
        SYMBOLS.put(unit, symbols[0]);
        for (String s : symbols) {
            EXACT.put(s, unit);
            if (s.length() > 1) { // M, T, G, P alone are too ambiguous to read in another case
                ANY_CASE.put(s.toLowerCase(Locale.ROOT), unit);
            }
        }
    }

    /**
     * Parses a unit symbol.
     *
     * @throws UnknownUnitException naming the symbol and what is accepted when it is not in the table
     */
    public static Unit<?> parse(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new UnknownUnitException(String.valueOf(symbol));
        }
        return PARSED.computeIfAbsent(symbol.strip(), ActivityUnits::parseUncached);
    }

    /** Every symbol {@link #parse} accepts as written, besides money, and products and quotients of two. */
    public static Set<String> symbols() {
        return Collections.unmodifiableSet(EXACT.keySet());
    }

    private static Unit<?> parseUncached(String s) {
        Unit<?> unit = single(s);
        if (unit != null) {
            return unit;
        }
        Matcher pq = PRODUCT_OR_QUOTIENT.matcher(s);
        if (pq.matches()) {
            Unit<?> a = single(pq.group(1).strip());
            Unit<?> b = single(pq.group(3).strip());
            if (a != null && b != null) {
                Unit<?> combined = pq.group(2).equals("/") ? a.divide(b) : a.multiply(b);
                SYMBOLS.putIfAbsent(combined, s);
                return combined;
            }
        }
        throw new UnknownUnitException(s);
    }

    /** One symbol of the table, a name in any case, or money; null when it is none of these. */
    private static Unit<?> single(String s) {
        Unit<?> unit = EXACT.get(s);
        if (unit == null) {
            unit = ANY_CASE.get(s.toLowerCase(Locale.ROOT));
        }
        if (unit != null) {
            return unit;
        }
        Matcher money = MONEY.matcher(s);
        if (money.matches()) {
            String year = money.group(2);
            return MonetaryUnits.of(money.group(1), year == null ? null : Integer.valueOf(year));
        }
        return null;
    }

    /**
     * The symbol Tanji writes for a unit: the first symbol of a known unit ({@code kg}, {@code t·km}, {@code piece},
     * {@code cm2}), the currency symbol of money ({@code USD2021}), the text a unit was parsed from, or else Indriya's
     * format.
     */
    public static String symbol(Unit<?> unit) {
        String s = SYMBOLS.get(unit);
        if (s == null) {
            s = MonetaryUnits.symbol(unit);
        }
        return s != null ? s : SimpleUnitFormat.getInstance().format(unit);
    }
}
