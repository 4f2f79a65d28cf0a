package org.tanji.core.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tanji.core.uncertainty.Distribution;
import org.tanji.core.uncertainty.Uncertainty;

/**
 * An {@code "uncertainty"} object of the model and process-system formats:
 *
 * <pre>{@code
 * {"distribution": "lognormal", "gsd": 1.2}                 // median = the stated value
 * {"distribution": "lognormal", "gm": 2.1, "gsd": 1.2}      // median given (must be the stated value)
 * {"distribution": "normal", "sd": 0.1}                     // mean = the stated value
 * {"distribution": "normal", "mean": 2.1, "sd": 0.1}
 * {"distribution": "triangular", "min": 1.8, "mode": 2.1, "max": 2.6}
 * {"distribution": "uniform", "min": 1.8, "max": 2.6}
 * {"distribution": "fixed", "value": 2.1}
 * }</pre>
 *
 * <p>Values are in the unit of what they describe: the activity's amount as stated, an exchange's amount, a
 * factor's kg CO2e per unit as the calculation characterises it. A distribution is never guessed: an unknown name
 * or a missing parameter is an error.
 */
final class UncertaintyJson {
    private UncertaintyJson() {}

    static Uncertainty read(JsonCursor u) {
        String type = u.requiredText("distribution");
        switch (type) {
            case "lognormal":
                double gsd = u.field("gsd").number();
                return u.field("gm").isPresent()
                        ? u.convert(x -> Distribution.lognormal(u.field("gm").number(), gsd), null)
                        : u.convert(Uncertainty::lognormalAroundStated, gsd);
            case "normal":
                double sd = u.field("sd").number();
                return u.field("mean").isPresent()
                        ? u.convert(x -> Distribution.normal(u.field("mean").number(), sd), null)
                        : u.convert(Uncertainty::normalAroundStated, sd);
            case "triangular":
                return u.convert(
                        x -> Distribution.triangular(
                                u.field("min").number(),
                                u.field("mode").number(),
                                u.field("max").number()),
                        null);
            case "uniform":
                return u.convert(
                        x -> Distribution.uniform(
                                u.field("min").number(), u.field("max").number()),
                        null);
            case "fixed":
                return u.convert(Distribution::fixed, u.field("value").number());
            default:
                throw u.field("distribution")
                        .error("is '" + type + "'; use lognormal, normal, triangular, uniform or" + " fixed");
        }
    }

    static ObjectNode write(Uncertainty u) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("distribution", u.family());
        u.parameters().forEach(o::put);
        return o;
    }
}
