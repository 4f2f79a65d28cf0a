package org.tanji.core.factor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.measure.Unit;
import org.tanji.core.unit.ActivityUnits;

/**
 * Greenhouse gases emitted per unit of an activity (kg steel, kWh electricity, t·km by ship …), with its
 * provenance and data quality.
 *
 * <p>A factor states gases (masses, characterised later with the calculation's GWP set) or amounts already in
 * CO2e (with the GWP set they were made with), or both. Build one with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * EmissionFactor diesel = EmissionFactor.builder("desnz-2024:diesel-litre", "L")
 *     .name("Diesel (average biofuel blend)")
 *     .co2e(EmissionCategory.FOSSIL, 2.51279, GwpSet.AR5)
 *     .provenance(new Provenance("DESNZ 2024", "desnz-2024", "1.1", "UK", 2024, "OGL-UK-3.0"))
 *     .build();
 * }</pre>
 */
public final class EmissionFactor {
    private final String id;
    private final String name;
    private final Unit<?> unit;
    private final List<GasAmount> gases;
    private final List<Co2eAmount> co2e;
    private final GwpSet co2eGwpSet;
    private final Provenance provenance;
    private final DataQuality quality;
    private final boolean primary;

    private EmissionFactor(Builder b) {
        this.id = b.id;
        this.name = b.name == null ? b.id : b.name;
        this.unit = b.unit;
        this.gases = List.copyOf(b.gases);
        this.co2e = List.copyOf(b.co2e);
        this.co2eGwpSet = b.co2eGwpSet;
        this.provenance = b.provenance;
        this.quality = b.quality;
        this.primary = b.primary;
    }

    /** Starts a factor with this id, per one {@code unitSymbol} (see {@link ActivityUnits#parse}). */
    public static Builder builder(String id, String unitSymbol) {
        return new Builder(id, ActivityUnits.parse(unitSymbol));
    }

    /** Starts a factor with this id, per one {@code unit}. */
    public static Builder builder(String id, Unit<?> unit) {
        return new Builder(id, unit);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The activity unit this factor is per. */
    public Unit<?> unit() {
        return unit;
    }

    /** Gas masses per unit, characterised with the calculation's GWP set. */
    public List<GasAmount> gases() {
        return gases;
    }

    /** Amounts already in kg CO2e per unit, made with {@link #co2eGwpSet()}. */
    public List<Co2eAmount> co2e() {
        return co2e;
    }

    /** The GWP set the CO2e amounts were made with; null when the factor states gases only. */
    public GwpSet co2eGwpSet() {
        return co2eGwpSet;
    }

    /**
     * The GWP set behind this factor's kg CO2e in a calculation made with {@code calculation}: the calculation's
     * when it states gases, the set its CO2e was made with when it states CO2e ({@code unstated} when the publisher
     * did not say), both when it states both ({@code "AR6 (gases) + AR5 (stated CO2e)"}).
     */
    public String characterisedWith(GwpSet calculation) {
        if (co2e.isEmpty() || (co2eGwpSet == calculation)) {
            return calculation.name();
        }
        return gases.isEmpty()
                ? co2eGwpSet.name()
                : calculation.name() + " (gases) + " + co2eGwpSet.name() + " (stated CO2e)";
    }

    public Provenance provenance() {
        return provenance;
    }

    public DataQuality quality() {
        return quality;
    }

    /** True for primary data (measured at a supplier or site), false for secondary (database) data. */
    public boolean primary() {
        return primary;
    }

    /** A builder holding everything this factor states, to make a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id, unit)
                .name(name)
                .provenance(provenance)
                .quality(quality)
                .primary(primary);
        b.gases.addAll(gases);
        b.co2e.addAll(co2e);
        b.co2eGwpSet = co2eGwpSet;
        return b;
    }

    @Override
    public String toString() {
        return id + " (" + name + ", per " + ActivityUnits.symbol(unit) + ")";
    }

    /** Builds an {@link EmissionFactor}; every amount must be finite. */
    public static final class Builder {
        private final String id;
        private final Unit<?> unit;
        private String name;
        private final List<GasAmount> gases = new ArrayList<>();
        private final List<Co2eAmount> co2e = new ArrayList<>();
        private GwpSet co2eGwpSet;
        private Provenance provenance = new Provenance("unspecified", null, null, null, null, null);
        private DataQuality quality = DataQuality.UNRATED;
        private boolean primary;

        private Builder(String id, Unit<?> unit) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("an emission factor needs an id");
            }
            this.id = id;
            this.unit = Objects.requireNonNull(unit, "unit of " + id);
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Adds {@code kgPerUnit} kg of {@code gas} per unit of activity. */
        public Builder gas(Gas gas, double kgPerUnit) {
            requireFinite(kgPerUnit, gas.code());
            gases.add(new GasAmount(gas, kgPerUnit));
            return this;
        }

        /** Adds {@code kgCo2ePerUnit} in {@code category}, characterised with {@code madeWith}. */
        public Builder co2e(EmissionCategory category, double kgCo2ePerUnit, GwpSet madeWith) {
            requireFinite(kgCo2ePerUnit, "CO2e " + category.key());
            if (co2eGwpSet != null && co2eGwpSet != madeWith) {
                throw new IllegalArgumentException(
                        "factor " + id + " mixes CO2e made with " + co2eGwpSet.name() + " and " + madeWith.name());
            }
            co2e.add(new Co2eAmount(category, kgCo2ePerUnit));
            co2eGwpSet = Objects.requireNonNull(madeWith, "GWP set of the CO2e amount");
            return this;
        }

        public Builder provenance(Provenance provenance) {
            this.provenance = Objects.requireNonNull(provenance);
            return this;
        }

        public Builder quality(DataQuality quality) {
            this.quality = Objects.requireNonNull(quality);
            return this;
        }

        /** Marks the factor as primary data (a supplier's measured PCF, a site's metered electricity mix). */
        public Builder primary(boolean primary) {
            this.primary = primary;
            return this;
        }

        public EmissionFactor build() {
            if (gases.isEmpty() && co2e.isEmpty()) {
                throw new IllegalArgumentException("factor " + id + " states no gas and no CO2e amount");
            }
            return new EmissionFactor(this);
        }

        private void requireFinite(double v, String what) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("factor " + id + ": " + what + " is " + v + "; it must be finite");
            }
        }
    }
}
