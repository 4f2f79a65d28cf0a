package org.tanji.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.measure.IncommensurableException;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.unit.ActivityUnits;
import org.tanji.core.unit.UnitConversion;

/**
 * A material accounted with the Circular Footprint Formula of the Product Environmental Footprint method
 * (Commission Recommendation (EU) 2021/2279, Annex I, section 4.4.8; also the EU Battery Regulation's
 * carbon-footprint rules), beside the cut-off approach of {@link RecycledContent}. Per kg of material:
 *
 * <pre>
 * material  (1 − R1)·Ev + R1·(A·Erecycled + (1 − A)·Ev·Qsin/Qp) + (1 − A)·R2·(ErecyclingEoL − E*v·Qsout/Qp)
 * energy    (1 − B)·R3·(EER − LHV·XER,heat·ESE,heat − LHV·XER,elec·ESE,elec)
 * disposal  (1 − R2 − R3)·ED
 * </pre>
 *
 * <p>Each term is one line of the trail, named by its term: the recycled-content terms in raw material
 * acquisition, the end-of-life recycling, energy-recovery and disposal terms in end of life; the credits (−E*v,
 * −ESE) are lines with a negative amount.
 *
 * <pre>{@code
 * CircularMaterial can = new CircularMaterial("can body", Amount.of(0.015, "kg"),
 *     new CircularMaterial.Parameters(0.2, 0.5, 0.7, 0, 1, 1, 0),
 *     new CircularMaterial.Factors("al-virgin", "al-recycled", null, "al-remelting", "landfill"), null);
 * }</pre>
 *
 * @param mass the material in one unit of the part
 * @param energyRecovery null when R3 is 0
 */
public record CircularMaterial(
        String id, Amount mass, Parameters parameters, Factors factors, EnergyRecovery energyRecovery)
        implements Activity {

    public CircularMaterial {
        Objects.requireNonNull(id, "activity id");
        Objects.requireNonNull(parameters, "Circular Footprint Formula parameters of '" + id + "'");
        Objects.requireNonNull(factors, "Circular Footprint Formula factors of '" + id + "'");
        mass.requireNonNegative("material '" + id + "'", "the mass");
        kilograms(id, mass);
        if (parameters.r3() > 0 && energyRecovery == null) {
            throw new InvalidModelException(
                    "material '" + id + "': R3 is " + parameters.r3() + " but no energy recovery"
                            + " is described; give its emission factor, lower heating value, efficiencies and substituted energy");
        }
        if (parameters.r2() + parameters.r3() < 1 && factors.disposal() == null) {
            throw new InvalidModelException("material '" + id + "': " + (1 - parameters.r2() - parameters.r3())
                    + " of it is disposed of (1 − R2 − R3) but no disposal factor (ED) is given");
        }
        if (parameters.r1() > 0 && factors.recycled() == null) {
            throw new InvalidModelException("material '" + id + "': R1 is " + parameters.r1() + " but no factor of the"
                    + " recycled material (Erecycled) is given");
        }
        if (parameters.r2() > 0 && factors.recyclingEndOfLife() == null) {
            throw new InvalidModelException("material '" + id + "': R2 is " + parameters.r2() + " but no factor of the"
                    + " recycling at end of life (ErecyclingEoL) is given");
        }
    }

    /**
     * The formula's parameters, each 0–1: A, the allocation of burdens and credits between supplier and user of
     * recycled material (PEF Annex C: 0.2 for most metals and glass, 0.5 for paper and plastics, per material);
     * R1, recycled content; R2, recycled at end of life; R3, sent to energy recovery; Qsin/Qp and Qsout/Qp, the
     * quality of the recycled material entering and leaving against the primary; B, the allocation of energy
     * recovery (0 by default in PEF).
     */
    public record Parameters(
            double a, double r1, double r2, double r3, double qsinOverQp, double qsoutOverQp, double b) {
        public Parameters {
            share("A", a);
            share("R1", r1);
            share("R2", r2);
            share("R3", r3);
            share("Qsin/Qp", qsinOverQp);
            share("Qsout/Qp", qsoutOverQp);
            share("B", b);
            if (r2 + r3 > 1 + 1e-9) {
                throw new InvalidModelException("R2 + R3 is " + (r2 + r3)
                        + "; recycled and energy-recovered shares of the" + " material cannot exceed 1");
            }
        }

        private static void share(String name, double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new InvalidModelException(
                        "Circular Footprint Formula: " + name + " is " + v + "; it must be 0 to 1");
            }
        }
    }

    /**
     * Emission factors per kg of material: Ev virgin material, Erecycled recycled material (its recycling), E*v the
     * virgin material that recycled output substitutes (null: Ev), ErecyclingEoL recycling at end of life, ED
     * disposal (null where nothing is disposed of).
     */
    public record Factors(
            String virgin, String recycled, String substitutedVirgin, String recyclingEndOfLife, String disposal) {
        public Factors {
            Objects.requireNonNull(virgin, "Ev, the virgin material's factor");
        }

        String substituted() {
            return substitutedVirgin == null ? virgin : substitutedVirgin;
        }
    }

    /**
     * Energy recovery: EER the factor of the recovery process per kg, the lower heating value per kg of material (an
     * energy: {@code 31 MJ} for 31 MJ/kg), and for heat and
     * electricity the efficiency (0–1) and the factor of the energy it substitutes (ESE; null where none is made).
     */
    public record EnergyRecovery(
            String factor,
            Amount lowerHeatingValuePerKg,
            double heatEfficiency,
            String substitutedHeatFactor,
            double electricityEfficiency,
            String substitutedElectricityFactor) {
        public EnergyRecovery {
            Objects.requireNonNull(factor, "EER, the energy recovery process's factor");
            lowerHeatingValuePerKg.requireNonNegative("energy recovery", "the lower heating value");
            Parameters.share("XER,heat", heatEfficiency);
            Parameters.share("XER,elec", electricityEfficiency);
            if (heatEfficiency > 0 && substitutedHeatFactor == null) {
                throw new InvalidModelException("energy recovery makes heat (XER,heat " + heatEfficiency + ") but the"
                        + " factor of the heat it substitutes (ESE,heat) is not given");
            }
            if (electricityEfficiency > 0 && substitutedElectricityFactor == null) {
                throw new InvalidModelException("energy recovery makes electricity (XER,elec " + electricityEfficiency
                        + ") but the factor of the electricity it substitutes (ESE,elec) is not given");
            }
        }
    }

    @Override
    public double quantity() {
        return mass.value();
    }

    @Override
    public int lineCount() {
        return lines().size();
    }

    @Override
    public ActivityLine line(int i) {
        return lines().get(i);
    }

    @Override
    public LifeCycleStage stage(int i) {
        return lines().get(i).stage();
    }

    private static double kilograms(String id, Amount mass) {
        try {
            return mass.value() * UnitConversion.multiplier(mass.unit(), ActivityUnits.KILOGRAM);
        } catch (IncommensurableException e) {
            throw new InvalidModelException("material '" + id + "': " + mass + " is not a mass; the Circular Footprint"
                    + " Formula counts kilograms of material");
        }
    }

    /** The formula's terms that apply, each as amount × factor with the stage it lands in. */
    private List<ActivityLine> lines() {
        Parameters p = parameters;
        double m = mass.value();
        List<ActivityLine> out = new ArrayList<>();
        LifeCycleStage raw = LifeCycleStage.RAW_MATERIAL_ACQUISITION;
        LifeCycleStage eol = LifeCycleStage.END_OF_LIFE;
        out.add(line("(1 − R1)·Ev", m * (1 - p.r1()), mass, factors.virgin(), raw));
        if (p.r1() > 0) {
            out.add(line("R1·A·Erecycled", m * p.r1() * p.a(), mass, factors.recycled(), raw));
            out.add(line(
                    "R1·(1 − A)·Ev·Qsin/Qp", m * p.r1() * (1 - p.a()) * p.qsinOverQp(), mass, factors.virgin(), raw));
        }
        if (p.r2() > 0) {
            out.add(line(
                    "(1 − A)·R2·ErecyclingEoL", m * (1 - p.a()) * p.r2(), mass, factors.recyclingEndOfLife(), eol));
            out.add(line(
                    "−(1 − A)·R2·E*v·Qsout/Qp",
                    -m * (1 - p.a()) * p.r2() * p.qsoutOverQp(),
                    mass,
                    factors.substituted(),
                    eol));
        }
        if (p.r3() > 0) {
            EnergyRecovery e = energyRecovery;
            out.add(line("(1 − B)·R3·EER", m * (1 - p.b()) * p.r3(), mass, e.factor(), eol));
            double recoveredKg = kilograms(id, mass) * (1 - p.b()) * p.r3();
            Amount lhv = e.lowerHeatingValuePerKg();
            if (e.heatEfficiency() > 0) {
                out.add(line(
                        "−(1 − B)·R3·LHV·XER,heat·ESE,heat",
                        -recoveredKg * lhv.value() * e.heatEfficiency(),
                        lhv,
                        e.substitutedHeatFactor(),
                        eol));
            }
            if (e.electricityEfficiency() > 0) {
                out.add(line(
                        "−(1 − B)·R3·LHV·XER,elec·ESE,elec",
                        -recoveredKg * lhv.value() * e.electricityEfficiency(),
                        lhv,
                        e.substitutedElectricityFactor(),
                        eol));
            }
        }
        if (p.r2() + p.r3() < 1) {
            out.add(line("(1 − R2 − R3)·ED", m * (1 - p.r2() - p.r3()), mass, factors.disposal(), eol));
        }
        return out;
    }

    private ActivityLine line(String term, double amount, Amount unitOf, String factor, LifeCycleStage stage) {
        return new ActivityLine(id + " [CFF " + term + "]", amount, unitOf.unit(), factor, null, stage);
    }
}
