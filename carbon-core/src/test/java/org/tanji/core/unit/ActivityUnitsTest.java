package org.tanji.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.measure.IncommensurableException;
import org.junit.jupiter.api.Test;
import org.tanji.core.error.UnknownUnitException;

class ActivityUnitsTest {

    private static double convert(String from, String to) throws IncommensurableException {
        return ActivityUnits.parse(from)
                .getConverterToAny(ActivityUnits.parse(to))
                .convert(1.0);
    }

    @Test
    void convertsTheUnitsFactorDatabasesUse() throws Exception {
        assertEquals(0.001, convert("kg", "t"), 1e-15);
        assertEquals(3.6, convert("kWh", "MJ"), 1e-12);
        assertEquals(1.055_055_852_62, convert("mmBtu", "GJ"), 1e-12); // 1 mmBtu = 1.05505585262 GJ (IT Btu)
        assertEquals(1.609344, convert("mi", "km"), 1e-12);
        assertEquals(0.001, convert("kg·km", "t·km"), 1e-15);
        assertEquals(0.001, convert("L", "m3"), 1e-15);
        assertEquals(0.45359237, convert("lb", "kg"), 1e-15);
    }

    @Test
    void aliasesOfOneUnitAreTheSameInstance() {
        assertSame(ActivityUnits.parse("tkm"), ActivityUnits.parse("tonne.km"));
        assertSame(ActivityUnits.parse("pcs"), ActivityUnits.PIECE);
        assertEquals("t·km", ActivityUnits.symbol(ActivityUnits.parse("tonne.km")));
    }

    @Test
    void moneyOfDifferentCurrenciesOrYearsDoesNotConvert() throws Exception {
        assertEquals(1.0, convert("USD2021", "USD 2021"), 0);
        assertThrows(IncommensurableException.class, () -> convert("USD2021", "USD2024"));
        assertThrows(IncommensurableException.class, () -> convert("EUR", "USD"));
        assertThrows(IncommensurableException.class, () -> convert("USD2021", "kg"));
        assertEquals("USD2021", ActivityUnits.symbol(ActivityUnits.parse("USD (2021)")));
    }

    @Test
    void unknownUnitsSayWhatIsUnderstood() {
        UnknownUnitException e = assertThrows(UnknownUnitException.class, () -> ActivityUnits.parse("furlong"));
        assertEquals(
                "Unknown unit 'furlong': write one of mass g, kg, t, kt, Mt, lb, short ton (any SI prefix on g);"
                        + " energy J, MJ, GJ, Wh, kWh, MWh, mmBtu (any SI prefix on J and Wh); length m, km, mi (any SI prefix on m);"
                        + " area m2, cm2, km2, ha (any SI prefix on m2, also written m² or m^2); volume L, mL, m3, dm3, gal, scf"
                        + " (any SI prefix on L and m3); transport t·km, kg·km, passenger·km, short ton·mi; counts piece, cycle, use,"
                        + " passenger, room·night, FTE·h; money as a currency code with its price year such as USD2021; or the"
                        + " product or quotient of two of these such as kg/m2",
                e.getMessage());
    }
}
