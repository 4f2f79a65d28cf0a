package org.tanji.core.factor;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tanji.core.error.MissingGwpSetException;

/**
 * A named set of 100-year global warming potentials (kg CO2e per kg of gas).
 *
 * <p>The IPCC sets are built in: {@link #AR6} (default; WG I 2021, Table 7.15 and 7.SM.7), {@link #AR5} (WG I
 * 2013, Table 8.A.1, no climate-carbon feedback) and {@link #AR4} (WG I 2007, Table 2.14). Biogenic CO2 uptake
 * counts −1 in every set.
 *
 * <pre>{@code
 * double ch4 = GwpSet.AR6.gwp(Gas.CH4_FOSSIL).orElseThrow(); // 29.8
 * }</pre>
 */
public final class GwpSet {

    // Order of the fluorinated gases in the tables below; declared first because the sets are built from it.
    private static final String[] FLUORINATED = {
        "HFC-23", "HFC-32", "HFC-125", "HFC-134a", "HFC-143a", "HFC-152a", "HFC-227ea", "HFC-245fa", "CF4", "C2F6"
    };

    // IPCC AR6 WG1 Table 7.15 and 7.SM.7: methane of fossil origin 29.8, of non-fossil origin 27.0
    public static final GwpSet AR6 = ipcc("AR6", "IPCC AR6 GWP100", 29.8, 27.0, 273, 25200, 17400, new double[] {
        14600, 771, 3740, 1530, 5810, 164, 3600, 962, 7380, 12400
    });
    // IPCC AR5 WG1 Table 8.A.1, without climate-carbon feedbacks; fossil methane +2 for its oxidation to CO2
    public static final GwpSet AR5 = ipcc("AR5", "IPCC AR5 GWP100", 30, 28, 265, 23500, 16100, new double[] {
        12400, 677, 3170, 1300, 4800, 138, 3350, 858, 6630, 11100
    });
    /**
     * IPCC AR5 with climate-carbon feedbacks (WG1 Table 8.7 and 8.SM.16): larger values than plain {@link #AR5},
     * named apart so the two cannot be confused.
     */
    public static final GwpSet AR5_CLIMATE_CARBON_FEEDBACK =
            ipcc("AR5-cc", "IPCC AR5 GWP100 with climate-carbon feedbacks", 36, 34, 298, 26087, 17885, new double[] {
                13856, 817, 3691, 1549, 5508, 167, 3860, 1032, 7349, 12340
            });
    // IPCC AR4 WG1 Table 2.14 (no origin split for methane)
    public static final GwpSet AR4 = ipcc("AR4", "IPCC AR4 GWP100", 25, 25, 298, 22800, 17200, new double[] {
        14800, 675, 3500, 1430, 4470, 124, 3220, 1030, 7390, 12200
    });
    /**
     * IPCC Second Assessment Report (1995), still used in some national inventories and older EPDs. It has no value
     * for NF3 and HFC-245fa (a calculation needing them fails) and no origin split for methane.
     */
    public static final GwpSet SAR = ipcc("SAR", "IPCC SAR GWP100", 21, 21, 310, 23900, Double.NaN, new double[] {
        11700, 650, 2800, 1300, 3800, 140, 2900, Double.NaN, 6500, 9200
    });

    /**
     * The set of CO2e a publisher gives without saying which GWP values it used (e.g. a national electricity
     * carbon-footprint factor). It characterises no gas; CO2e made with it is kept as stated, with a warning.
     */
    public static final GwpSet UNSTATED = new GwpSet("unstated", "GWP set not stated", Map.of());

    private final String name;
    private final String title;
    private final Map<Gas, Double> values;

    private GwpSet(String name, String title, Map<Gas, Double> values) {
        this.name = name;
        this.title = title;
        this.values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    /** A user-defined set, e.g. a regulation's own table. Gases missing from it make a calculation fail. */
    public static GwpSet of(String name, Map<Gas, Double> values) {
        return new GwpSet(name, name, values);
    }

    private static GwpSet ipcc(
            String name,
            String title,
            double ch4Fossil,
            double ch4Biogenic,
            double n2o,
            double sf6,
            double nf3,
            double[] fGases) {
        Map<Gas, Double> v = new HashMap<>();
        v.put(Gas.CO2_FOSSIL, 1.0);
        v.put(Gas.CO2_BIOGENIC, 1.0);
        v.put(Gas.CO2_BIOGENIC_REMOVAL, -1.0);
        v.put(Gas.CO2_LAND_USE_CHANGE, 1.0);
        v.put(Gas.CH4_FOSSIL, ch4Fossil);
        v.put(Gas.CH4_BIOGENIC, ch4Biogenic);
        v.put(Gas.N2O, n2o);
        v.put(Gas.SF6, sf6);
        v.put(Gas.NF3, nf3);
        for (int i = 0; i < FLUORINATED.length; i++) {
            v.put(Gas.of(FLUORINATED[i]), fGases[i]);
        }
        v.values().removeIf(x -> Double.isNaN(x)); // not assessed in that report
        return new GwpSet(name, title, v);
    }

    /** The built-in set with this name (AR6, AR5, AR5-cc, AR4, SAR, unstated; case-insensitive). */
    public static GwpSet named(String name) {
        switch (name.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "AR6":
                return AR6;
            case "AR5":
                return AR5;
            case "AR5-CC":
                return AR5_CLIMATE_CARBON_FEEDBACK;
            case "AR4":
                return AR4;
            case "SAR":
                return SAR;
            case "UNSTATED":
                return UNSTATED;
            default:
                throw new IllegalArgumentException("unknown GWP set '" + name + "': use AR6, AR5, AR5-cc (AR5 with"
                        + " climate-carbon feedbacks), AR4 or SAR (or unstated for CO2e whose publisher does not say)");
        }
    }

    public String name() {
        return name;
    }

    /**
     * {@code set}, checked to be one a calculation can characterise gases with.
     *
     * @throws MissingGwpSetException for null or {@link #UNSTATED}
     */
    public static GwpSet requireForCalculation(GwpSet set) {
        if (set == null || set == UNSTATED) {
            throw new MissingGwpSetException(set == null ? null : set.name());
        }
        return set;
    }

    /** kg CO2e per kg of {@code gas}, or empty when this set has no value for it. */
    public Optional<Double> gwp(Gas gas) {
        return Optional.ofNullable(values.get(gas.characterisedAs()));
    }

    @Override
    public String toString() {
        return title;
    }
}
