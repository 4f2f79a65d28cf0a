package org.tanji.core.result;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.SystemBoundary;

/**
 * The carbon footprint of a product per declared unit, in kg CO2e, with every breakdown a certifier or customer
 * asks for. Immutable; write it as JSON with {@code ResultJson}.
 *
 * <pre>{@code
 * FootprintResult r = FootprintCalculator.using(factors).calculate(model);
 * r.total();                                        // kg CO2e per declared unit
 * r.byStage().get(LifeCycleStage.PRODUCTION);       // one stage
 * r.hotspots(5);                                    // top five lines with their trail
 * r.contributionsBy(l -> l.factorProvenance().region()); // by where the factors come from
 * }</pre>
 *
 * @param model the model calculated
 * @param gwpSet the GWP set used (e.g. AR6)
 * @param totals kg CO2e by emission category; their sum is {@link #total()}
 * @param byStage kg CO2e by life-cycle stage inside the boundary, split by category
 * @param byGas per gas, largest first
 * @param byFactor per emission factor, largest first
 * @param byPart per BOM part in the model's order, with demand, direct and cumulative kg CO2e
 * @param primaryDataShare share of the total (by absolute kg CO2e) from primary-data factors, 0–1
 * @param warnings things a reviewer should know (e.g. a factor's CO2e made with another GWP set)
 * @param libraryVersion the carbon-core version that calculated
 * @param calculatedAt when
 */
public record FootprintResult(
        FootprintModel model,
        String gwpSet,
        CategoryTotals totals,
        Map<LifeCycleStage, CategoryTotals> byStage,
        List<GasResult> byGas,
        List<FactorContribution> byFactor,
        List<PartResult> byPart,
        ElectricityResult electricity,
        double primaryDataShare,
        Trail trail,
        List<String> warnings,
        String libraryVersion,
        Instant calculatedAt) {

    public FootprintResult {
        byStage = Collections.unmodifiableMap(new EnumMap<>(byStage));
        byGas = List.copyOf(byGas);
        byFactor = List.copyOf(byFactor);
        byPart = byPart instanceof PartList ? byPart : List.copyOf(byPart); // PartList is immutable already
        warnings = List.copyOf(warnings);
    }

    /** The product's name. */
    public String product() {
        return model.name();
    }

    public DeclaredUnit declaredUnit() {
        return model.declaredUnit();
    }

    public SystemBoundary boundary() {
        return model.boundary();
    }

    /** kg CO2e per declared unit: fossil, biogenic emissions and removals, and land-use change together. */
    public double total() {
        return totals.total();
    }

    /** kg CO2e of one stage (all categories); 0 for a stage with nothing in it. */
    public double stage(LifeCycleStage stage) {
        CategoryTotals t = byStage.get(stage);
        return t == null ? 0 : t.total();
    }

    /** The {@code n} activity lines contributing most (by absolute kg CO2e), each with its trail. */
    public List<LineResult> hotspots(int n) {
        return trail.top(n);
    }

    /** Every activity line with its trail. */
    public List<LineResult> lines() {
        return trail.lines();
    }

    /**
     * kg CO2e of the included lines by part and life-cycle stage, parts in the model's order: the table that shows
     * where in the bill of materials each stage's emissions arise.
     */
    public Map<String, Map<LifeCycleStage, Double>> byPartAndStage() {
        Map<String, Map<LifeCycleStage, Double>> out = new LinkedHashMap<>();
        model.parts().keySet().forEach(id -> out.put(id, new EnumMap<>(LifeCycleStage.class)));
        for (LineResult l : lines()) {
            if (!l.excluded()) {
                out.get(l.partId()).merge(l.stage(), l.kgCo2e(), Double::sum);
            }
        }
        out.values().removeIf(Map::isEmpty);
        return out;
    }

    /**
     * Transport work per declared unit by mode (t·km), in the order the modes first appear; legs without a named
     * mode are under "(mode not stated)".
     */
    public Map<String, Double> tonneKilometresByMode() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (LineResult l : lines()) {
            if (l.transport() != null && !l.excluded()) {
                String mode = Objects.requireNonNullElse(l.transport().mode(), "(mode not stated)");
                out.merge(mode, l.transport().tonneKilometres(), Double::sum);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The included lines grouped by an attribute, largest absolute kg CO2e first: by factor region
     * ({@code l -> l.factorProvenance().region()}), by dataset, by part, by stage, or any grouping of the caller's.
     * A line whose attribute is null is grouped under "(not stated)".
     */
    public List<Contribution> contributionsBy(Function<LineResult, String> attribute) {
        Map<String, double[]> groups = new LinkedHashMap<>(); // group → {kg CO2e, lines}
        for (LineResult l : lines()) {
            if (!l.excluded()) {
                String key = Objects.requireNonNullElse(attribute.apply(l), "(not stated)");
                double[] g = groups.computeIfAbsent(key, k -> new double[2]);
                g[0] += l.kgCo2e();
                g[1]++;
            }
        }
        double total = total();
        List<Contribution> out = new ArrayList<>();
        groups.forEach((k, g) -> out.add(new Contribution(k, (int) g[1], g[0], total == 0 ? 0 : g[0] / total)));
        out.sort(Comparator.comparingDouble((Contribution c) -> Math.abs(c.kgCo2e()))
                .reversed());
        return out;
    }
}
