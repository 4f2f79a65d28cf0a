package org.tanji.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.error.BomCycleException;
import org.tanji.core.error.InvalidAmountException;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.error.StageOutsideBoundaryException;
import org.tanji.core.error.UnitMismatchException;
import org.tanji.core.error.UnknownFactorException;
import org.tanji.core.error.UnknownPartException;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.model.Activity;
import org.tanji.core.model.Amount;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.EndOfLife;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.InputKind;
import org.tanji.core.model.Part;
import org.tanji.core.model.TransportLeg;
import org.tanji.core.model.UsePhase;

/** Every kind of bad input fails with its named exception and a message that says what to fix. */
class BadInputTest {
    private static final FootprintCalculator CALC = FootprintCalculator.using(
            FactorSource.of(List.of(PublishedFactors.ALUMINIUM_PRIMARY, PublishedFactors.FUJIAN_GRID_2023)));

    private static FootprintModel model(Part... parts) {
        return FootprintModel.builder("p")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .parts(List.of(parts))
                .build();
    }

    private static Part withActivity(Activity a) {
        return Part.of("root", "root").withActivities(List.of(a));
    }

    @Test
    void nonFiniteAmounts() {
        InvalidAmountException e = assertThrows(InvalidAmountException.class, () -> Amount.of(Double.NaN, "kg"));
        assertTrue(e.getMessage().contains("must be a finite number"), e.getMessage());
        assertThrows(InvalidAmountException.class, () -> BomLine.of("x", Double.POSITIVE_INFINITY));
    }

    @Test
    void negativeAmountsWhereTheyMeanNothing() {
        InvalidAmountException mass =
                assertThrows(InvalidAmountException.class, () -> Input.material("steel", Amount.of(-2, "kg"), "f"));
        assertEquals(
                "input 'steel': the amount is -2.0; it must be zero or more (model a credit as an avoided product"
                        + " instead)",
                mass.getMessage());
        assertThrows(InvalidAmountException.class, () -> BomLine.of("bolt", -1));
        assertThrows(
                InvalidAmountException.class,
                () -> new TransportLeg("leg", null, Amount.of(1, "t"), Amount.of(-5, "km"), "truck", 0, "f"));
        assertThrows(InvalidAmountException.class, () -> new UsePhase("use", Amount.of(1, "kWh"), -3, "f"));
    }

    @Test
    void unknownFactorNamesTheLine() {
        UnknownFactorException e = assertThrows(
                UnknownFactorException.class,
                () -> CALC.calculate(
                        model(withActivity(Input.material("steel", Amount.of(2, "kg"), "no-such-steel")))));
        assertEquals(
                "Unknown emission factor 'no-such-steel' in line 'root/steel': add it to the model's factors or to"
                        + " the FactorSource, or correct the id",
                e.getMessage());
    }

    @Test
    void unitMismatchNamesBothUnitsAndTheLine() {
        UnitMismatchException e = assertThrows(
                UnitMismatchException.class,
                () -> CALC.calculate(
                        model(withActivity(Input.material("power", Amount.of(2, "kg"), "cn-fj-grid-2023")))));
        assertEquals(
                "Unit mismatch in line 'root/power': the activity is in kg but factor 'cn-fj-grid-2023' is per kWh;"
                        + " give the amount in a unit of the same dimension or choose a factor per kg",
                e.getMessage());
    }

    @Test
    void aBomThatContainsItselfReportsThePath() {
        Part a = Part.of("root", "root").withComponents(List.of(BomLine.of("frame", 1)));
        Part frame = Part.of("frame", "frame").withComponents(List.of(BomLine.of("bracket", 2)));
        Part bracket = Part.of("bracket", "bracket").withComponents(List.of(BomLine.of("root", 1)));
        BomCycleException e = assertThrows(BomCycleException.class, () -> CALC.calculate(model(a, frame, bracket)));
        assertTrue(e.getMessage().contains("root → frame → bracket → root"), e.getMessage());
    }

    @Test
    void unknownPart() {
        Part a = Part.of("root", "root").withComponents(List.of(BomLine.of("wheel", 4)));
        UnknownPartException e = assertThrows(UnknownPartException.class, () -> CALC.calculate(model(a)));
        assertTrue(e.getMessage().contains("'wheel'") && e.getMessage().contains("part 'root'"), e.getMessage());
    }

    @Test
    void aStageOutsideTheBoundaryFailsUnlessExcludedExplicitly() {
        FootprintModel m = model(Part.of("root", "root")
                .withActivities(List.of(
                        Input.material("al", Amount.of(1, "kg"), "aluminium-primary"),
                        new UsePhase("use", Amount.of(1, "kWh"), 100, "cn-fj-grid-2023"))));
        StageOutsideBoundaryException e = assertThrows(StageOutsideBoundaryException.class, () -> CALC.calculate(m));
        assertTrue(
                e.getMessage()
                        .startsWith("line 'root/use (1 kWh × 100 uses)' is in stage use, which the"
                                + " cradle-to-gate boundary leaves out"),
                e.getMessage());
        var r = CALC.calculate(CalculationSetup.of(m).excludingStagesOutsideBoundary());
        assertEquals(9.10691851, r.total(), 1e-9); // 1 kg aluminium only
        assertEquals(1, r.trail().excludedLines().size());
        assertEquals(100 * 0.4211, r.trail().excludedLines().get(0).kgCo2e(), 1e-9);
    }

    @Test
    void structuralMistakes() {
        assertThrows(
                InvalidModelException.class,
                () -> new EndOfLife(
                        "eol",
                        Amount.of(1, "kg"),
                        List.of(
                                new EndOfLife.EndOfLifeRoute(EndOfLife.Treatment.RECYCLING, 0.5, "f"),
                                new EndOfLife.EndOfLifeRoute(EndOfLife.Treatment.LANDFILL, 0.3, "f"))));
        assertThrows(InvalidModelException.class, () -> new BomLine("x", 1, 1.0));
        assertThrows(
                InvalidModelException.class,
                () -> FootprintModel.builder("p")
                        .declaredUnit(DeclaredUnit.of(1, "piece", null))
                        .part(Part.of("a", "a"))
                        .part(Part.of("a", "b")));
        assertThrows(
                InvalidModelException.class,
                () -> FootprintModel.builder("p")
                        .declaredUnit(DeclaredUnit.of(1, "piece", null))
                        .part(Part.of("a", "a"))
                        .root("b")
                        .build());
        assertThrows(
                InvalidModelException.class,
                () -> Part.of("a", "a")
                        .withActivities(List.of(
                                Input.of("x", InputKind.FUEL, Amount.of(1, "L"), "f"),
                                Input.of("x", InputKind.FUEL, Amount.of(1, "L"), "f"))));
    }
}
