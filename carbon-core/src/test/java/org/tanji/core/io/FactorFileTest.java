package org.tanji.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.Gas;

/** Factor files keep a publisher's number as published: masses of gas, or of the element it is counted by. */
class FactorFileTest {
    private static final String HEADER = "id,unit,gas,amount,amount_unit,gwp_set\n";

    private static List<EmissionFactor> read(String rows) {
        return FactorFile.readCsv(new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)), "f.csv");
    }

    @Test
    void elementMassesBecomeGasMassesByMolarMassRatios() {
        // IPCC 2006 GL: N2O = N2O-N × 44/28; CO2 = C × 44/12; CH4 = CH4-C × 16/12
        EmissionFactor f = read("fert,kg,N2O,0.01,kg N2O-N,\nfert,kg,CO2-fossil,0.2,kg C,\n"
                        + "fert,kg,CH4-biogenic,3,g CH4-C,\n")
                .get(0);
        assertEquals(0.01 * 44 / 28, f.gases().get(0).kg(), 1e-15);
        assertEquals(0.2 * 44 / 12, f.gases().get(1).kg(), 1e-15);
        assertEquals(0.003 * 16 / 12, f.gases().get(2).kg(), 1e-15);
        assertEquals(Gas.CH4_BIOGENIC, f.gases().get(2).gas());
    }

    @Test
    void theseStillReadAsPlainMasses() {
        assertEquals(
                907.18474, read("x,kg,N2O,1,short ton,\n").get(0).gases().get(0).kg(), 1e-9);
        assertEquals(1e6, read("x,kg,CO2-fossil,1,kt,\n").get(0).gases().get(0).kg(), 1e-6);
    }

    @Test
    void co2eCannotBeTurnedIntoAGasNorStatedAsAnElement() {
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> read("x,kg,CO2e,1,kg C,AR6\n"));
        assertEquals(
                "f.csv, row 2, column 'amount_unit': is 'kg C', a mass of C; a CO2e amount is already"
                        + " characterised and has no element basis: write kg, g, lb or t",
                e.getMessage());
        assertThrows(ModelFormatException.class, () -> read("x,kg,N2O,1,kg C,\n")); // N2O holds no carbon
        assertThrows(IllegalArgumentException.class, () -> Gas.of("CO2e"));
    }
}
