package org.tanji.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.measure.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tanji.core.error.UnknownUnitException;

/**
 * Every unit symbol Tanji accepts, against the value of one of it in SI units as NIST SP 811 (2008 edition) gives
 * it: Table 5 for the SI prefixes (ronna, quetta, ronto, quecto from the 27th CGPM, 2022, Resolution 3), section
 * 6.2.6 for prefixed powers ("cm³ = (0.01 m)³"), and Appendix B.8 for the other units. The values are typed in
 * here, not computed by the unit library, so a wrong conversion in the library fails.
 */
class NistUnitTableTest {
    private static final Map<String, Integer> PREFIX_EXPONENT = new LinkedHashMap<>();
    /** Value of one of each symbol in coherent SI units (kg, m, m², m³, J) or in the counted unit itself. */
    private static final Map<String, Double> SI_VALUE = new LinkedHashMap<>();

    static {
        String[] symbols = {
            "Q", "R", "Y", "Z", "E", "P", "T", "G", "M", "k", "h", "da", "d", "c", "m", "µ", "μ", "u", "n", "p", "f",
            "a", "z", "y", "r", "q"
        };
        int[] exponents = {
            30, 27, 24, 21, 18, 15, 12, 9, 6, 3, 2, 1, -1, -2, -3, -6, -6, -6, -9, -12, -15, -18, -21, -24, -27, -30
        };
        for (int i = 0; i < symbols.length; i++) {
            PREFIX_EXPONENT.put(symbols[i], exponents[i]);
        }
        PREFIX_EXPONENT.forEach((prefix, e) -> {
            double x = Math.pow(10, e);
            si(x, prefix + "m");
            si(x * x, prefix + "m2", prefix + "m²", prefix + "m^2"); // (10^e m)², NIST SP 811 6.2.6
            si(x * x * x, prefix + "m3", prefix + "m³", prefix + "m^3");
            si(x * 1e-3, prefix + "g"); // gram = 1e-3 kg
            si(x, prefix + "J");
            si(x * 3.6e3, prefix + "Wh"); // watt hour = 3.6 E+03 J
            si(x * 1e-3, prefix + "L", prefix + "l"); // liter = 1.0 E-03 m³
        });
        si(1, "m", "metre", "metres", "meter", "meters");
        si(1, "m2", "m²", "m^2", "square metre", "square metres", "square meter", "square meters");
        si(1, "m3", "m³", "m^3", "cubic metre", "cubic metres", "cubic meter", "cubic meters");
        si(1e-3, "g", "gram", "grams");
        si(1, "J");
        si(3.6e3, "Wh");
        si(1e-3, "L", "l", "litre", "litres", "liter", "liters");
        si(1e-6, "millilitre", "millilitres", "milliliter", "milliliters");
        si(1, "kilogram", "kilograms");
        si(1e3, "t", "tonne", "tonnes", "metric ton", "metric tonne"); // metric ton = 1.0 E+03 kg
        si(1e6, "kt");
        si(1e9, "Mt");
        si(1e12, "Gt");
        si(0.45359237, "lb", "lbs", "pound", "pounds"); // pound (avoirdupois) = 4.5359237 E-01 kg, exact
        si(907.18474, "short ton", "short tons"); // ton, short (2000 lb) = 9.0718474 E+02 kg
        si(3.6e6, "kwh", "kilowatt hour", "kilowatt hours"); // kilowatt hour = 3.6 E+06 J
        si(3.6e9, "mwh");
        si(3.6e12, "gwh");
        si(1e6, "mj");
        si(1e9, "gj");
        si(1e12, "tj");
        si(1.05505585262e9, "mmBtu", "MMBtu", "mmbtu"); // 1e6 × British thermal unit_IT = 1.05505585262 E+03 J
        si(1e4, "ha", "hectare", "hectares"); // hectare = 1.0 E+04 m²
        si(1e3, "kilometre", "kilometres", "kilometer", "kilometers");
        si(1609.344, "mi", "mile", "miles"); // mile (international) = 1.609344 E+03 m
        si(3.785411784e-3, "gal", "gallon", "gallons", "US gallon", "US gallons"); // gallon (U.S.) = 3.785412 E-03 m³
        si(1e3, "million litres", "million liters");
        si(2.8316846592e-2, "scf", "standard cubic foot", "standard cubic feet"); // cubic foot = 2.831685 E-02 m³
        si(1e6, "t·km", "t*km", "tkm", "t.km", "tonne.km", "tonne km", "tonne-km", "tonne·km"); // kg·m
        si(1e3, "kg·km", "kg*km", "kgkm");
        si(907.18474 * 1609.344, "short ton·mi", "short ton-mile", "short ton-miles");
        // counted units: one of them in their own base (piece is dimensionless 1; km and h in m and s)
        si(1, "piece", "pieces", "pc", "pcs", "item", "items", "unit", "units", "p");
        si(1, "cycle", "cycles", "use", "uses", "passenger", "passengers");
        si(1e3, "passenger·km", "passenger.km", "passenger-km", "pkm");
        si(1609.344, "passenger·mi", "passenger-mile", "passenger-miles");
        si(1, "room·night", "room-night", "room per night", "Room per night");
        si(3600, "FTE·h", "FTE-hour", "per FTE Working Hour");
    }

    private static void si(double value, String... symbols) {
        for (String s : symbols) {
            SI_VALUE.put(s, value);
        }
    }

    private static double inSi(String symbol) throws Exception {
        Unit<?> unit = ActivityUnits.parse(symbol);
        return UnitConversion.multiplier(unit, unit.getSystemUnit());
    }

    static Stream<Arguments> table() {
        return SI_VALUE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "1 {0} = {1} SI")
    @MethodSource("table")
    void everySymbolConvertsAsNistSays(String symbol, double siValue) throws Exception {
        assertEquals(siValue, inSi(symbol), Math.abs(siValue) * 1e-12, symbol);
    }

    @Test
    void everyAcceptedSymbolHasARowInTheTable() {
        List<String> missing = new ArrayList<>();
        for (String s : ActivityUnits.symbols()) {
            if (!SI_VALUE.containsKey(s)) {
                missing.add(s);
            }
        }
        assertEquals(List.of(), missing, "accepted but not checked against NIST SP 811");
    }

    @Test
    void theReadmeUnitsAreAccepted() throws Exception {
        // README "Units": kg g t lb, kWh MWh MJ GJ mmBtu, L m3, m2, m km mi, t·km (tkm, tonne.km), piece, Wh mL ha
        for (String s : List.of(
                "kg",
                "g",
                "t",
                "lb",
                "kWh",
                "MWh",
                "MJ",
                "GJ",
                "mmBtu",
                "L",
                "m3",
                "m2",
                "m",
                "km",
                "mi",
                "t·km",
                "tkm",
                "tonne.km",
                "piece",
                "Wh",
                "mL",
                "ha",
                "cycle",
                "use")) {
            assertTrue(SI_VALUE.containsKey(s) || SI_VALUE.containsKey(s.toLowerCase()), s);
            inSi(s);
        }
    }

    @Test
    void theSpellingsOfOnePrefixedPowerAgree() throws Exception {
        // the cases that were wrong: 1 cm² is 1e-4 m², not 0.01 m²; 1 dm³ is 1 L, not 100 L
        assertEquals(1e-4, inSi("cm2"), 1e-18);
        assertEquals(1e-4, inSi("cm²"), 1e-18);
        assertEquals(1e-4, inSi("cm^2"), 1e-18);
        assertEquals(1.0, UnitConversion.multiplier(ActivityUnits.parse("dm3"), ActivityUnits.parse("L")), 1e-15);
        assertEquals(
                5.88, 588 * UnitConversion.multiplier(ActivityUnits.parse("mm2"), ActivityUnits.parse("cm²")), 1e-12);
        assertEquals("cm2", ActivityUnits.symbol(ActivityUnits.parse("cm²")));
    }

    @Test
    void productsAndQuotientsOfTwoTableUnits() throws Exception {
        assertEquals(1e-3 / 1e-4, inSi("g/cm2"), 1e-9); // 1 g/cm² = 10 kg/m²
        assertEquals(1e3, inSi("kg·km"), 1e-9);
        assertEquals(3.6e6, inSi("kWh/m2"), 1e-6); // J/m²
        assertEquals(
                1.0,
                UnitConversion.multiplier(ActivityUnits.parse("kg/m2"), ActivityUnits.parse("g/dm2")) / 10,
                1e-12); // 1 kg/m² = 1000 g / 100 dm² = 10 g/dm²
    }

    @ParameterizedTest
    @ValueSource(strings = {"furlong", "MG", "MT", "M", "kgm2", "kg/m2/s", "cm4", "mt", "Kt", "ft", "kW·h"})
    void whatTheTableDoesNotHoldIsRefusedNotGuessed(String symbol) {
        UnknownUnitException e = assertThrows(UnknownUnitException.class, () -> ActivityUnits.parse(symbol));
        assertTrue(e.getMessage().startsWith("Unknown unit '" + symbol + "': write one of mass g, kg"), e.getMessage());
    }
}
