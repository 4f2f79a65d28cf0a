package org.tanji.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.Gas;
import org.tanji.core.unit.ActivityUnits;

/** The declared unit a result prints is the amount it computes. */
class DeclaredUnitTest {
    private static final FactorSource FACTORS = FactorSource.of(List.of(
            EmissionFactor.builder("steel", "kg").gas(Gas.CO2_FOSSIL, 2.0).build()));

    /** Steel coil counted in kg: 1 kg of coil is 1.02 kg of steel (2 % scrap). */
    private static FootprintModel.Builder coil(String declaredUnit, double amount) {
        Part coil = Part.of("coil", "steel coil")
                .withUnit(ActivityUnits.KILOGRAM)
                .withActivities(List.of(Input.material("steel", Amount.of(1.02, "kg"), "steel")));
        return FootprintModel.builder("coil")
                .declaredUnit(DeclaredUnit.of(amount, declaredUnit, null))
                .part(coil);
    }

    @Test
    void aDeclaredUnitThatDisagreesWithTheReferenceFlowIsRefusedWithTheFix() {
        InvalidModelException e =
                assertThrows(InvalidModelException.class, () -> coil("kg", 1000).build());
        assertEquals(
                "model 'coil': the declared unit is 1000 kg but the reference flow is 1.0 kg of the root part"
                        + " 'coil'; set the reference flow to 1000.0 (kg of 'coil' per declared unit) or declare 1.0 kg",
                e.getMessage());
        assertThrows(InvalidModelException.class, () -> coil("t", 1).build()); // 1 t is 1000 kg, not 1
    }

    @Test
    void aConsistentReferenceFlowComputesPerDeclaredUnit() {
        // 1 t of coil = 1000 kg × 1.02 kg steel × 2.0 kg CO2/kg = 2040 kg CO2e
        FootprintModel perTonne = coil("t", 1).referenceFlow(1000).build();
        assertEquals(
                2040, FootprintCalculator.using(FACTORS).calculate(perTonne).total(), 1e-9);
        FootprintModel perKg = coil("kg", 1).build();
        assertEquals(2.04, FootprintCalculator.using(FACTORS).calculate(perKg).total(), 1e-12);
    }

    @Test
    void aDeclaredUnitOfAnotherKindIsBridgedByTheReferenceFlow() {
        // per kWh delivered, of a part counted in kg: the reference flow is the user's bridge and is not second-guessed
        FootprintModel perKwh = coil("kWh", 1).referenceFlow(0.25).build();
        assertEquals(0.51, FootprintCalculator.using(FACTORS).calculate(perKwh).total(), 1e-12);
    }
}
