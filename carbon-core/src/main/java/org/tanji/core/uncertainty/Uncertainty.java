package org.tanji.core.uncertainty;

import java.util.Map;

/**
 * How uncertain one value of a model is, as a model file states it: a distribution given in full, or one centred
 * on whatever value the calculation states — a lognormal by its geometric standard deviation, a normal by its
 * standard deviation. The centred forms suit emission factors, whose stated value (kg CO2e per unit) depends on
 * the GWP set a calculation chooses.
 *
 * <pre>{@code
 * Uncertainty steel = Uncertainty.lognormalAroundStated(1.2);
 * Distribution d = steel.around(2.1);                 // lognormal(2.1, 1.2)
 * Distribution.uniform(0.4, 0.5).around(0.45);      // a distribution given in full is itself; checked later
 * }</pre>
 */
public sealed interface Uncertainty
        permits Distribution, Uncertainty.LognormalAroundStated, Uncertainty.NormalAroundStated {

    /** The distribution for a value stated as {@code stated}. */
    Distribution around(double stated);

    /** The family's name as model files write it: lognormal, normal, triangular, uniform or fixed. */
    String family();

    /**
     * The parameters as model files write them, in order ({@code gm}, {@code gsd}; {@code mean}, {@code sd};
     * {@code min}, {@code mode}, {@code max}; {@code value}); a centred form leaves out its centre.
     */
    Map<String, Double> parameters();

    /** A lognormal whose median is the stated value (a mirrored one for a negative value). */
    static Uncertainty lognormalAroundStated(double gsd) {
        Distribution.lognormal(1, gsd); // the same parameter checks, now rather than at the first Monte Carlo run
        return new LognormalAroundStated(gsd);
    }

    /** A normal whose mean is the stated value. */
    static Uncertainty normalAroundStated(double sd) {
        Distribution.normal(0, sd);
        return new NormalAroundStated(sd);
    }

    /** Lognormal, median = the stated value. */
    record LognormalAroundStated(double gsd) implements Uncertainty {
        public Distribution around(double stated) {
            return Distribution.lognormal(stated, gsd);
        }

        public String family() {
            return "lognormal";
        }

        public Map<String, Double> parameters() {
            return Map.of("gsd", gsd);
        }
    }

    /** Normal, mean = the stated value. */
    record NormalAroundStated(double sd) implements Uncertainty {
        public Distribution around(double stated) {
            return Distribution.normal(stated, sd);
        }

        public String family() {
            return "normal";
        }

        public Map<String, Double> parameters() {
            return Map.of("sd", sd);
        }
    }
}
