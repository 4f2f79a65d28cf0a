package org.tanji.core.io;

import java.util.Objects;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.uncertainty.Uncertainties;

/**
 * A model file as a whole: the footprint model, and the uncertainty it states for its activities and factors
 * (empty when it states none), for {@link org.tanji.core.uncertainty.MonteCarlo}.
 *
 * <pre>{@code
 * ModelDocument doc = ModelJson.readDocument(Path.of("battery.json"));
 * FootprintResult r = FootprintCalculator.using(factors).calculate(doc.model());
 * MonteCarlo mc = MonteCarlo.of(doc.model(), r, doc.uncertainties().over(Uncertainties.fromDataQuality(r)));
 * }</pre>
 */
public record ModelDocument(FootprintModel model, Uncertainties uncertainties) {
    public ModelDocument {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(uncertainties, "uncertainties");
    }
}
