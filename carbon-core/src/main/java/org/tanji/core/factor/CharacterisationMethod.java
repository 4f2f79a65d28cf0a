package org.tanji.core.factor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.measure.Unit;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.unit.ActivityUnits;

/**
 * A user's characterisation of elementary flows beyond the greenhouse gases — a resource in litres, another
 * company's method — for process systems. Its result is reported under its own name and unit, never added to
 * kg CO2e: a method may not characterise a greenhouse gas, which a {@link GwpSet} does.
 *
 * <pre>{@code
 * CharacterisationMethod water = CharacterisationMethod.builder("blue water use", "m3")
 *     .factor("water, fresh", 0.001, "L")       // 0.001 m3 per litre of fresh water taken
 *     .build();
 * SystemResult r = SystemSolver.of(system, GwpSet.AR6, List.of(water)).solve(demand);
 * r.impacts();                                  // "blue water use": … m3, by flow
 * }</pre>
 *
 * @param unit what the result is counted in
 * @param factors per flow name: the result per one unit of the flow
 */
public record CharacterisationMethod(String name, String unit, Map<String, Factor> factors) {

    public CharacterisationMethod {
        if (name == null || name.isBlank()) {
            throw new InvalidModelException("a characterisation method needs a name");
        }
        if (unit == null || unit.isBlank()) {
            throw new InvalidModelException("characterisation method '" + name + "' needs the unit of its result");
        }
        if (factors.isEmpty()) {
            throw new InvalidModelException("characterisation method '" + name + "' characterises no flow");
        }
        for (Map.Entry<String, Factor> f : factors.entrySet()) {
            if (isGas(f.getKey())) {
                throw new InvalidModelException(
                        "characterisation method '" + name + "' names '" + f.getKey() + "', a"
                                + " greenhouse gas: gases are characterised by the GWP set into kg CO2e, never by another method");
            }
            Objects.requireNonNull(f.getValue(), "factor of " + f.getKey());
        }
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    private static boolean isGas(String flow) {
        try {
            Gas.of(flow);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The result per one {@code per} of a flow. */
    public record Factor(double value, Unit<?> per) {
        public Factor {
            Objects.requireNonNull(per, "unit the factor is per");
            if (!Double.isFinite(value)) {
                throw new InvalidModelException("a characterisation factor must be a finite number, not " + value);
            }
        }
    }

    public static Builder builder(String name, String unit) {
        return new Builder(name, unit);
    }

    /** Collects factors. */
    public static final class Builder {
        private final String name;
        private final String unit;
        private final Map<String, Factor> factors = new LinkedHashMap<>();

        private Builder(String name, String unit) {
            this.name = name;
            this.unit = unit;
        }

        /** {@code value} of the method's unit per one {@code perUnit} of {@code flow}. */
        public Builder factor(String flow, double value, String perUnit) {
            factors.put(flow, new Factor(value, ActivityUnits.parse(perUnit)));
            return this;
        }

        public CharacterisationMethod build() {
            return new CharacterisationMethod(name, unit, factors);
        }
    }
}
