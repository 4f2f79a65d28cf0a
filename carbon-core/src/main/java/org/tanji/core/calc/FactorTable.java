package org.tanji.core.calc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.measure.IncommensurableException;
import javax.measure.Unit;
import org.tanji.core.error.MissingGwpValueException;
import org.tanji.core.error.UnitMismatchException;
import org.tanji.core.error.UnknownFactorException;
import org.tanji.core.factor.Co2eAmount;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.GasAmount;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.factor.Provenance;
import org.tanji.core.model.ActivityLine;
import org.tanji.core.model.DirectEmission;
import org.tanji.core.model.Part;
import org.tanji.core.unit.ActivityUnits;
import org.tanji.core.unit.UnitConversion;

/**
 * The factors a calculation uses, each looked up once, characterised once with the GWP set, and with its unit
 * conversions cached: one conversion per (activity unit, factor unit) pair, not one per line.
 */
final class FactorTable {
    private static final int CATEGORIES = EmissionCategory.values().length;

    private final FactorSource source;
    private final GwpSet gwpSet;
    private final Map<String, Integer> index = new HashMap<>();
    final List<EmissionFactor> factors = new ArrayList<>();
    // factor ids whose CO2e was made with another GWP set than the calculation's, by that set's name
    private final Map<String, List<String>> otherGwpSet = new java.util.TreeMap<>();
    // factor ids (and direct emissions) stating a gas by a default: methane of unstated origin
    private final Map<Gas, List<String>> originNotStated = new java.util.LinkedHashMap<>();
    // per factor: kg CO2e per unit in total and per category
    private double[] co2e = new double[16];
    private double[] byCategory = new double[16 * CATEGORIES];
    // activity unit (by identity) → its index in scales; scales[unit][factor] is the multiplier, NaN until known
    private final Map<Unit<?>, Integer> unitIds = new java.util.IdentityHashMap<>();
    private double[][] scales = new double[8][];

    FactorTable(FactorSource source, GwpSet gwpSet) {
        this.source = source;
        this.gwpSet = gwpSet;
    }

    /** The index of factor {@code id}, looked up and characterised on first use. */
    int indexOf(String id, Part part, ActivityLine line) {
        Integer i = index.get(id);
        return i != null ? i : add(id, part, line);
    }

    private int add(String id, Part part, ActivityLine line) {
        EmissionFactor f = id.startsWith(DirectEmission.GAS_FACTOR_PREFIX) ? gasFactor(id) : null;
        if (f == null) {
            f = source.find(id).orElseThrow(() -> new UnknownFactorException(id, where(part, line)));
        }
        int i = factors.size();
        if (i == co2e.length) {
            grow();
        }
        factors.add(f);
        index.put(id, i);
        characterise(f, i);
        return i;
    }

    private EmissionFactor gasFactor(String id) {
        Gas gas;
        try {
            gas = Gas.of(id.substring(DirectEmission.GAS_FACTOR_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return EmissionFactor.builder(id, ActivityUnits.KILOGRAM)
                .name("direct emission of " + gas.name())
                .gas(gas, 1)
                .provenance(Provenance.primaryData("direct emission stated in the model"))
                .primary(true)
                .build();
    }

    private void characterise(EmissionFactor f, int i) {
        double total = 0;
        for (GasAmount g : f.gases()) {
            double gwp = gwpSet.gwp(g.gas())
                    .orElseThrow(() -> new MissingGwpValueException(g.gas().code(), gwpSet.name(), f.id()));
            total += g.kg() * gwp;
            byCategory[i * CATEGORIES + g.gas().category().ordinal()] += g.kg() * gwp;
            if (!g.gas().originStated()) {
                originNotStated.computeIfAbsent(g.gas(), k -> new ArrayList<>()).add(f.id());
            }
        }
        for (Co2eAmount c : f.co2e()) {
            total += c.kgCo2e();
            byCategory[i * CATEGORIES + c.category().ordinal()] += c.kgCo2e();
        }
        co2e[i] = total;
        if (f.co2eGwpSet() != null && f.co2eGwpSet() != gwpSet) {
            otherGwpSet
                    .computeIfAbsent(f.co2eGwpSet().name(), k -> new ArrayList<>())
                    .add(f.id());
        }
    }

    private void grow() {
        int n = co2e.length * 2;
        co2e = java.util.Arrays.copyOf(co2e, n);
        byCategory = java.util.Arrays.copyOf(byCategory, n * CATEGORIES);
    }

    /** kg CO2e per unit of factor {@code i} with the calculation's GWP set. */
    double co2e(int i) {
        return co2e[i];
    }

    /** kg CO2e per unit of factor {@code i} in {@code category}. */
    double co2e(int i, EmissionCategory category) {
        return byCategory[i * CATEGORIES + category.ordinal()];
    }

    /**
     * Multiplier from the line's unit to the unit of factor {@code i}; fails naming both units if they measure
     * different things. Units are told apart by identity (parsed units are shared instances), so the common case is
     * two array reads; Indriya computes each pair's converter once.
     */
    double conversion(int i, Part part, ActivityLine line) {
        Unit<?> unit = line.unit();
        Integer id = unitIds.get(unit);
        if (id == null) {
            id = unitIds.size();
            unitIds.put(unit, id);
            if (id == scales.length) {
                scales = java.util.Arrays.copyOf(scales, id * 2);
            }
            scales[id] = new double[0];
        }
        double[] byFactor = scales[id];
        if (i >= byFactor.length) {
            byFactor = java.util.Arrays.copyOf(byFactor, Math.max(i + 1, co2e.length));
            java.util.Arrays.fill(byFactor, scales[id].length, byFactor.length, Double.NaN);
            scales[id] = byFactor;
        }
        double scale = byFactor[i];
        if (Double.isNaN(scale)) {
            scale = convert(unit, factors.get(i).unit(), i, part, line);
            byFactor[i] = scale;
        }
        return scale;
    }

    private double convert(Unit<?> from, Unit<?> to, int i, Part part, ActivityLine line) {
        try {
            return UnitConversion.multiplier(from, to);
        } catch (IncommensurableException e) {
            throw new UnitMismatchException(
                    where(part, line),
                    ActivityUnits.symbol(from),
                    factors.get(i).id(),
                    ActivityUnits.symbol(to));
        }
    }

    /** How an error names a line: its part and label. */
    static String where(Part part, ActivityLine line) {
        return "line '" + part.id() + "/" + line.label() + "'";
    }

    /** What a reviewer should know about the factors: CO2e made with another GWP set cannot be recharacterised. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        otherGwpSet.forEach((set, ids) -> out.add(ids.size() + " factor(s) state CO2e made with " + set
                + ", which the calculation (" + gwpSet.name() + ") keeps as stated because they give no split by gas: "
                + String.join(", ", ids)));
        originNotStated.forEach((gas, ids) -> out.add(ids.size() + " factor(s) state " + gas.code()
                + " without its origin; counted as " + gas.characterisedAs().code() + " (" + gwpSet.name() + " GWP "
                + gwpSet.gwp(gas).orElseThrow() + "): write CH4-fossil or CH4-biogenic to state it: "
                + String.join(", ", ids)));
        return out;
    }

    int size() {
        return factors.size();
    }

    GwpSet gwpSet() {
        return gwpSet;
    }
}
