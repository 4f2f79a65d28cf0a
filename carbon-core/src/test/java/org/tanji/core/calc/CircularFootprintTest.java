package org.tanji.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.io.ModelJson;
import org.tanji.core.model.Amount;
import org.tanji.core.model.CircularMaterial;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.Part;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.result.LineResult;

/**
 * The Circular Footprint Formula as Commission Recommendation (EU) 2021/2279, Annex I, section 4.4.8 prints it,
 * worked by hand term by term in the comments:
 *
 * <pre>
 * (1 − R1)·Ev + R1·(A·Erecycled + (1 − A)·Ev·Qsin/Qp) + (1 − A)·R2·(ErecyclingEoL − E*v·Qsout/Qp)
 *   + (1 − B)·R3·(EER − LHV·XER,heat·ESE,heat − LHV·XER,elec·ESE,elec) + (1 − R2 − R3)·ED
 * </pre>
 *
 * with DESNZ 2024 factors (kg CO2e per kg): aluminium primary 9.10691851, aluminium closed-loop 0.9904781, WEEE
 * small landfill 0.00888386; UK electricity 0.20705 per kWh; others stated where used.
 */
class CircularFootprintTest {
    private static final FactorSource FACTORS = FactorSource.of(List.of(
            co2e("al-virgin", "kg", 9.10691851),
            co2e("al-recycled", "kg", 0.9904781),
            co2e("al-remelt", "kg", 0.5),
            co2e("landfill", "kg", 0.00888386),
            co2e("pet-virgin", "kg", 2.15),
            co2e("pet-recycling", "kg", 0.6),
            co2e("incineration", "kg", 2.0),
            co2e("heat", "MJ", 0.07),
            co2e("uk-grid", "kWh", 0.20705)));

    private static EmissionFactor co2e(String id, String unit, double kg) {
        return EmissionFactor.builder(id, unit)
                .co2e(EmissionCategory.FOSSIL, kg, GwpSet.AR6)
                .build();
    }

    private static FootprintResult calculate(CircularMaterial material) {
        FootprintModel m = FootprintModel.builder("x")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .boundary(SystemBoundary.CRADLE_TO_GRAVE)
                .part(Part.of("p", "p").withActivities(List.of(material)))
                .build();
        return FootprintCalculator.using(FACTORS).calculate(m);
    }

    @Test
    void aluminiumWithRecycledContentAndEndOfLifeRecycling() {
        // 2 kg aluminium; A = 0.2 (PEF: low offer of recycled material, high demand, as for metals); R1 = 0.5;
        // R2 = 0.7; R3 = 0; Qsin/Qp = Qsout/Qp = 1; E*v = Ev
        CircularMaterial al = new CircularMaterial(
                "housing",
                Amount.of(2, "kg"),
                new CircularMaterial.Parameters(0.2, 0.5, 0.7, 0, 1, 1, 0),
                new CircularMaterial.Factors("al-virgin", "al-recycled", null, "al-remelt", "landfill"),
                null);
        FootprintResult r = calculate(al);
        double virgin = 0.5 * 9.10691851; // (1 − R1)·Ev            = 4.553459255
        double recycled = 0.5 * 0.2 * 0.9904781; // R1·A·Erecycled         = 0.09904781
        double supplierShare = 0.5 * 0.8 * 9.10691851; // R1·(1 − A)·Ev·Qsin/Qp  = 3.642767404
        double recyclingEol = 0.8 * 0.7 * 0.5; // (1 − A)·R2·ErecEoL     = 0.28
        double credit = -0.8 * 0.7 * 9.10691851; // −(1 − A)·R2·E*v·Qsout  = −5.099874366
        double disposal = 0.3 * 0.00888386; // (1 − R2 − R3)·ED       = 0.002665158
        assertEquals(2 * (virgin + recycled + supplierShare), r.stage(LifeCycleStage.RAW_MATERIAL_ACQUISITION), 1e-9);
        assertEquals(2 * (recyclingEol + credit + disposal), r.stage(LifeCycleStage.END_OF_LIFE), 1e-9);
        assertEquals(2 * 3.478065261, r.total(), 1e-8);
        LineResult creditLine = r.lines().stream()
                .filter(l -> l.label().contains("E*v"))
                .findFirst()
                .orElseThrow();
        assertEquals("housing [CFF −(1 − A)·R2·E*v·Qsout/Qp]", creditLine.label());
        assertEquals(LifeCycleStage.END_OF_LIFE, creditLine.stage());
        assertEquals(2 * credit, creditLine.kgCo2e(), 1e-9);
        assertEquals(6, r.lines().size());
    }

    @Test
    void energyRecoveryCreditsTheHeatAndElectricityItMakes() {
        // 1 kg PET bottle; A = 0.5; R1 = 0; R2 = 0.3; R3 = 0.4; B = 0; Qsout/Qp = 0.9; LHV 22.95 MJ/kg;
        // XER,heat 0.3 (heat at 0.07 kg/MJ), XER,elec 0.1 (UK grid, per kWh: MJ ÷ 3.6); disposal 0.3 of it
        CircularMaterial pet = new CircularMaterial(
                "bottle",
                Amount.of(1000, "g"),
                new CircularMaterial.Parameters(0.5, 0, 0.3, 0.4, 1, 0.9, 0),
                new CircularMaterial.Factors("pet-virgin", null, null, "pet-recycling", "landfill"),
                new CircularMaterial.EnergyRecovery(
                        "incineration", Amount.of(22.95, "MJ"), 0.3, "heat", 0.1, "uk-grid"));
        FootprintResult r = calculate(pet);
        double expected = 2.15 // (1 − R1)·Ev
                + 0.5 * 0.3 * (0.6 - 2.15 * 0.9) // (1 − A)·R2·(ErecEoL − E*v·Qsout/Qp)
                + 0.4 * (2.0 - 22.95 * 0.3 * 0.07 - 22.95 * 0.1 / 3.6 * 0.20705) // R3·(EER − LHV·X·ESE …)
                + 0.3 * 0.00888386; // (1 − R2 − R3)·ED
        assertEquals(expected, r.total(), 1e-9);
    }

    @Test
    void withAEqualToOneAndNoRecyclingItIsTheCutOffApproach() {
        // A = 1, Qsin/Qp = 1, R2 = R3 = 0: (1 − R1)·Ev + R1·Erecycled + ED, the cut-off approach plus disposal
        CircularMaterial al = new CircularMaterial(
                "housing",
                Amount.of(1, "kg"),
                new CircularMaterial.Parameters(1, 0.3, 0, 0, 1, 1, 0),
                new CircularMaterial.Factors("al-virgin", "al-recycled", null, null, "landfill"),
                null);
        assertEquals(
                0.7 * 9.10691851 + 0.3 * 0.9904781 + 0.00888386, calculate(al).total(), 1e-12);
    }

    @Test
    void missingFactorsAndImpossibleSharesAreNamed() {
        assertEquals(
                "Circular Footprint Formula: A is 1.2; it must be 0 to 1",
                assertThrows(InvalidModelException.class, () -> new CircularMaterial.Parameters(1.2, 0, 0, 0, 1, 1, 0))
                        .getMessage());
        assertThrows(InvalidModelException.class, () -> new CircularMaterial.Parameters(0.2, 0, 0.7, 0.4, 1, 1, 0));
        InvalidModelException noDisposal = assertThrows(
                InvalidModelException.class,
                () -> new CircularMaterial(
                        "x",
                        Amount.of(1, "kg"),
                        new CircularMaterial.Parameters(0.2, 0, 0.5, 0, 1, 1, 0),
                        new CircularMaterial.Factors("al-virgin", null, null, "al-remelt", null),
                        null));
        assertEquals(
                "material 'x': 0.5 of it is disposed of (1 − R2 − R3) but no disposal factor (ED) is given",
                noDisposal.getMessage());
        assertThrows(
                InvalidModelException.class,
                () -> new CircularMaterial(
                        "x",
                        Amount.of(1, "kWh"),
                        new CircularMaterial.Parameters(0.2, 0, 1, 0, 1, 1, 0),
                        new CircularMaterial.Factors("al-virgin", null, null, "al-remelt", null),
                        null));
    }

    @Test
    void theModelFormatReadsAndWritesIt() {
        String json = "{\"format\": \"tanji-footprint-model/1\", \"product\": \"can\", \"declaredUnit\": {\"value\": 1,"
                + " \"unit\": \"piece\"}, \"systemBoundary\": \"cradle-to-grave\", \"rootPart\": \"can\", \"parts\": [{\"id\":"
                + " \"can\", \"activities\": [{\"type\": \"circular-material\", \"id\": \"body\", \"mass\": {\"value\": 15,"
                + " \"unit\": \"g\"}, \"cff\": {\"A\": 0.2, \"R1\": 0.5, \"R2\": 0.7}, \"virginFactor\": \"al-virgin\","
                + " \"recycledFactor\": \"al-recycled\", \"recyclingEolFactor\": \"al-remelt\", \"disposalFactor\":"
                + " \"landfill\"}]}]}";
        FootprintModel m = ModelJson.parse(json, "can.json");
        assertEquals(
                0.015 * 3.478065261,
                FootprintCalculator.using(FACTORS).calculate(m).total(),
                1e-9);
        FootprintModel again = ModelJson.parse(ModelJson.write(m), "written");
        assertEquals(m.parts(), again.parts());
    }
}
