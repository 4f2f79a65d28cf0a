package org.tanji.core.factor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A greenhouse gas as a factor or a direct emission states it, with the carbon category it counts in.
 *
 * <p>Fossil and biogenic methane are different gases here because their GWP differs (AR6: 29.8 and 27.0). A plain
 * {@code CH4} is methane whose origin was not stated: it is counted as fossil (the larger value) and the result
 * says so in a warning, so no one mistakes the default for a statement.
 * Biogenic CO2 uptake is the gas {@link #CO2_BIOGENIC_REMOVAL}: a positive mass of CO2 taken up, characterised
 * with GWP −1.
 *
 * <pre>{@code
 * Gas refrigerant = Gas.of("HFC-134a");
 * }</pre>
 */
public final class Gas {
    private static final Map<String, Gas> KNOWN = new LinkedHashMap<>();

    public static final Gas CO2_FOSSIL = known("CO2-fossil", "CO2", "carbon dioxide (fossil)", EmissionCategory.FOSSIL);
    public static final Gas CO2_BIOGENIC =
            known("CO2-biogenic", "CO2", "carbon dioxide (biogenic emission)", EmissionCategory.BIOGENIC_EMISSION);
    public static final Gas CO2_BIOGENIC_REMOVAL =
            known("CO2-biogenic-removal", "CO2", "carbon dioxide (biogenic uptake)", EmissionCategory.BIOGENIC_REMOVAL);
    public static final Gas CO2_LAND_USE_CHANGE =
            known("CO2-luc", "CO2", "carbon dioxide (direct land-use change)", EmissionCategory.LAND_USE_CHANGE);
    public static final Gas CH4_FOSSIL = known("CH4-fossil", "CH4", "methane (fossil)", EmissionCategory.FOSSIL);
    public static final Gas CH4_BIOGENIC =
            known("CH4-biogenic", "CH4", "methane (biogenic)", EmissionCategory.BIOGENIC_EMISSION);
    /** Methane whose origin is not stated ({@code CH4}): characterised as {@link #CH4_FOSSIL}, with a warning. */
    public static final Gas CH4_ORIGIN_NOT_STATED = register(new Gas(
            "CH4", "CH4", "methane (origin not stated, counted as fossil)", EmissionCategory.FOSSIL, CH4_FOSSIL));

    public static final Gas N2O = known("N2O", "N2O", "nitrous oxide", EmissionCategory.FOSSIL);
    public static final Gas SF6 = known("SF6", "SF6", "sulphur hexafluoride", EmissionCategory.FOSSIL);
    public static final Gas NF3 = known("NF3", "NF3", "nitrogen trifluoride", EmissionCategory.FOSSIL);

    static {
        for (String hfc : new String[] {
            "HFC-23", "HFC-32", "HFC-125", "HFC-134a", "HFC-143a", "HFC-152a", "HFC-227ea", "HFC-245fa"
        }) {
            known(hfc, hfc, hfc, EmissionCategory.FOSSIL);
        }
        known("CF4", "CF4", "perfluoromethane (PFC-14)", EmissionCategory.FOSSIL);
        known("C2F6", "C2F6", "perfluoroethane (PFC-116)", EmissionCategory.FOSSIL);
    }

    private final String code;
    private final String formula;
    private final String name;
    private final EmissionCategory category;
    private final Gas characterisedAs;

    private Gas(String code, String formula, String name, EmissionCategory category, Gas characterisedAs) {
        this.code = code;
        this.formula = formula;
        this.name = name;
        this.category = category;
        this.characterisedAs = characterisedAs == null ? this : characterisedAs;
    }

    private static Gas known(String code, String formula, String name, EmissionCategory category) {
        return register(new Gas(code, formula, name, category, null));
    }

    private static Gas register(Gas gas) {
        KNOWN.put(gas.code.toUpperCase(java.util.Locale.ROOT), gas);
        return gas;
    }

    /**
     * The gas with this code ({@code CO2-fossil}, {@code CH4-biogenic}, {@code N2O}, {@code HFC-134a}, {@code SF6}
     * …), case-insensitive. {@code CO2} alone means fossil CO2; {@code CH4} alone is
     * {@link #CH4_ORIGIN_NOT_STATED}, counted as fossil with a warning.
     *
     * @throws IllegalArgumentException for a code Tanji has no GWP values for
     */
    public static Gas of(String code) {
        Objects.requireNonNull(code, "gas code");
        String key = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (key.equals("CO2")) {
            return CO2_FOSSIL;
        }
        Gas gas = KNOWN.get(key);
        if (gas == null && key.startsWith("CO2E")) {
            throw new IllegalArgumentException(
                    "'" + code + "' is not a gas: CO2e is already characterised and cannot be"
                            + " turned back into a gas; state the gases (CO2-fossil, CH4-fossil, N2O …) or give the amount as a"
                            + " factor's CO2e with its GWP set");
        }
        if (gas == null) {
            throw new IllegalArgumentException("unknown gas '" + code + "': use one of " + String.join(", ", codes()));
        }
        return gas;
    }

    /** Every gas code Tanji knows. */
    public static java.util.List<String> codes() {
        return KNOWN.values().stream().map(Gas::code).toList();
    }

    public String code() {
        return code;
    }

    /** The chemical formula (CO2 for every carbon-dioxide category). */
    public String formula() {
        return formula;
    }

    public String name() {
        return name;
    }

    public EmissionCategory category() {
        return category;
    }

    /**
     * kg of this gas per kg of {@code element} in it, for publishers who state emissions as an element's mass:
     * N₂O-N (kg of nitrogen) × 44/28, CO₂-C × 44/12, CH₄-C × 16/12 — the integer molar-mass ratios the IPCC 2006
     * Guidelines use (e.g. Vol. 4 ch. 11, N₂O from managed soils: N₂O = N₂O-N × 44/28).
     *
     * <pre>{@code
     * double kgN2o = 0.01 * Gas.N2O.perKgOf("N"); // 0.01 kg N2O-N = 0.0157 kg N2O
     * }</pre>
     *
     * @throws IllegalArgumentException when the element is not one this gas is counted by
     */
    public double perKgOf(String element) {
        String e = element.strip();
        if (formula.equals("N2O") && e.equals("N")) {
            return 44.0 / 28;
        }
        if (formula.equals("CO2") && e.equals("C")) {
            return 44.0 / 12;
        }
        if (formula.equals("CH4") && e.equals("C")) {
            return 16.0 / 12;
        }
        throw new IllegalArgumentException("an amount of " + e + " cannot be turned into " + code + ": write N2O as kg"
                + " N (N2O-N), CO2 and CH4 as kg C, or give the mass of the gas itself");
    }

    /** The gas whose GWP values this one takes: itself, or fossil methane for methane of unstated origin. */
    public Gas characterisedAs() {
        return characterisedAs;
    }

    /** False for a gas counted by a default because its origin was not stated (plain {@code CH4}). */
    public boolean originStated() {
        return characterisedAs == this;
    }

    @Override
    public String toString() {
        return code;
    }
}
