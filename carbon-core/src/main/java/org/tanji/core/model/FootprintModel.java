package org.tanji.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.measure.IncommensurableException;
import org.tanji.core.error.InvalidAmountException;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.unit.ActivityUnits;
import org.tanji.core.unit.UnitConversion;

/**
 * Everything needed to calculate one product's carbon footprint: the declared unit, the system boundary, the
 * bill of materials (a root part and the parts it is made of) and, optionally, the emission factors the model
 * brings itself (supplier data), which take precedence over any {@code FactorSource}.
 *
 * <pre>{@code
 * FootprintModel chair = FootprintModel.builder("Office chair OC-1")
 *     .declaredUnit(DeclaredUnit.of(1, "piece", "one chair"))
 *     .boundary(SystemBoundary.CRADLE_TO_GATE)
 *     .root("chair")
 *     .part(Part.of("chair", "office chair").withActivities(List.of(
 *         Input.material("steel", Amount.of(6.1, "kg"), "steel-primary"))))
 *     .build();
 * }</pre>
 *
 * @param referenceFlow how many units of the root part one declared unit is (1 for "1 piece"; for a battery
 *     declared per kWh delivered over its life: 1 ÷ lifetime kWh)
 * @param referencePeriod the period the data represent, or null where the model does not state it (a certificate
 *     needs it; a quick estimate does not)
 */
public record FootprintModel(
        String name,
        String description,
        DeclaredUnit declaredUnit,
        double referenceFlow,
        ReferencePeriod referencePeriod,
        SystemBoundary boundary,
        String rootPartId,
        Map<String, Part> parts,
        List<EmissionFactor> factors) {

    public FootprintModel {
        Objects.requireNonNull(name, "product name");
        Objects.requireNonNull(declaredUnit, "declared unit of " + name);
        Objects.requireNonNull(boundary, "system boundary of " + name);
        if (!(referenceFlow >= 0) || Double.isInfinite(referenceFlow)) {
            throw new InvalidAmountException("model '" + name + "'", "the reference flow", referenceFlow);
        }
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        factors = List.copyOf(factors);
        if (rootPartId == null || !parts.containsKey(rootPartId)) {
            throw new InvalidModelException("model '" + name + "': the root part '" + rootPartId
                    + "' is not among its parts; name the product's part");
        }
        checkReferenceFlow(name, declaredUnit, parts.get(rootPartId), referenceFlow);
    }

    /**
     * Where the declared unit and the root part measure the same kind of thing (kg and kg, pieces and pieces), the
     * reference flow must be the declared unit in the part's unit: a model declared per 1,000 kg that computed 1 kg
     * would print one amount and compute another. Where they differ (per kWh delivered, of a battery counted in
     * pieces) the reference flow is the user's bridge between the two.
     */
    private static void checkReferenceFlow(String name, DeclaredUnit declared, Part root, double referenceFlow) {
        double perDeclaredUnit;
        try {
            perDeclaredUnit = declared.amount().value()
                    * UnitConversion.multiplier(declared.amount().unit(), root.unit());
        } catch (IncommensurableException e) {
            return;
        }
        if (Math.abs(referenceFlow - perDeclaredUnit) > 1e-9 * perDeclaredUnit) {
            String unit = ActivityUnits.symbol(root.unit());
            throw new InvalidModelException("model '" + name + "': the declared unit is " + declared.amount()
                    + " but the reference flow is " + referenceFlow + " " + unit + " of the root part '" + root.id()
                    + "'; set the reference flow to " + perDeclaredUnit + " (" + unit + " of '" + root.id()
                    + "' per declared unit) or declare " + referenceFlow + " " + unit);
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Part root() {
        return parts.get(rootPartId);
    }

    /** Builds a {@link FootprintModel}; part ids must be unique. */
    public static final class Builder {
        private final String name;
        private String description;
        private DeclaredUnit declaredUnit;
        private double referenceFlow = 1;
        private ReferencePeriod referencePeriod;
        private SystemBoundary boundary = SystemBoundary.CRADLE_TO_GATE;
        private String root;
        private final Map<String, Part> parts = new LinkedHashMap<>();
        private final List<EmissionFactor> factors = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder declaredUnit(DeclaredUnit declaredUnit) {
            this.declaredUnit = declaredUnit;
            return this;
        }

        public Builder referenceFlow(double referenceFlow) {
            this.referenceFlow = referenceFlow;
            return this;
        }

        public Builder referencePeriod(ReferencePeriod referencePeriod) {
            this.referencePeriod = referencePeriod;
            return this;
        }

        public Builder boundary(SystemBoundary boundary) {
            this.boundary = boundary;
            return this;
        }

        /** The id of the part the declared unit is made of; defaults to the first part added. */
        public Builder root(String partId) {
            this.root = partId;
            return this;
        }

        public Builder part(Part part) {
            if (parts.putIfAbsent(part.id(), part) != null) {
                throw new InvalidModelException(
                        "part id '" + part.id() + "' is defined twice; give each part its own id");
            }
            return this;
        }

        public Builder parts(Collection<Part> parts) {
            parts.forEach(this::part);
            return this;
        }

        public Builder factor(EmissionFactor factor) {
            factors.add(factor);
            return this;
        }

        public Builder factors(Collection<EmissionFactor> factors) {
            this.factors.addAll(factors);
            return this;
        }

        public FootprintModel build() {
            String rootId =
                    root != null ? root : parts.keySet().stream().findFirst().orElse(null);
            return new FootprintModel(
                    name, description, declaredUnit, referenceFlow, referencePeriod, boundary, rootId, parts, factors);
        }
    }
}
