package org.tanji.core.model;

import java.util.List;
import java.util.Objects;
import org.tanji.core.error.InvalidModelException;

/**
 * What happens to the product's mass after use: shares recycled, landfilled, incinerated, each with its
 * treatment factor. Under the cut-off approach recycling carries only collection and sorting; its benefit belongs
 * to the next product.
 *
 * <pre>{@code
 * EndOfLife eol = new EndOfLife("disposal", Amount.of(15, "kg"), List.of(
 *     new EndOfLifeRoute(Treatment.RECYCLING, 0.6, "desnz-2024:metal-recycling"),
 *     new EndOfLifeRoute(Treatment.LANDFILL, 0.4, "desnz-2024:metal-landfill")));
 * }</pre>
 */
public record EndOfLife(String id, Amount mass, List<EndOfLifeRoute> routes) implements Activity {

    private static final double SHARE_TOLERANCE = 1e-6;

    public EndOfLife {
        Objects.requireNonNull(id, "activity id");
        mass.requireNonNegative("end of life '" + id + "'", "the mass");
        routes = List.copyOf(routes);
        if (routes.isEmpty()) {
            throw new InvalidModelException("end of life '" + id + "' has no treatment route");
        }
        double sum = routes.stream().mapToDouble(EndOfLifeRoute::share).sum();
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            throw new InvalidModelException(
                    "end of life '" + id + "': the route shares add up to " + sum + "; they must add up to 1");
        }
    }

    @Override
    public int lineCount() {
        return routes.size();
    }

    @Override
    public double quantity() {
        return mass.value();
    }

    @Override
    public ActivityLine line(int i) {
        EndOfLifeRoute r = routes.get(i);
        return new ActivityLine(
                id + " (" + r.treatment().key() + ", " + r.share() * 100 + " %)",
                mass.value() * r.share(),
                mass.unit(),
                r.factorId(),
                null,
                LifeCycleStage.END_OF_LIFE);
    }

    @Override
    public LifeCycleStage stage(int i) {
        return LifeCycleStage.END_OF_LIFE;
    }

    /** A treatment route and its share of the mass. */
    public record EndOfLifeRoute(Treatment treatment, double share, String factorId) {
        public EndOfLifeRoute {
            Objects.requireNonNull(treatment, "treatment");
            Objects.requireNonNull(factorId, "emission factor of the " + treatment.key() + " route");
            if (!(share >= 0 && share <= 1)) {
                throw new InvalidModelException(
                        "the " + treatment.key() + " share is " + share + "; it must be between 0 and 1");
            }
        }
    }

    /** End-of-life treatments. */
    public enum Treatment {
        RECYCLING,
        LANDFILL,
        INCINERATION;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The treatment written {@code key} (case-insensitive); an unknown one lists the treatments. */
        public static Treatment ofKey(String key) {
            for (Treatment t : values()) {
                if (t.key().equalsIgnoreCase(key.strip())) {
                    return t;
                }
            }
            throw new IllegalArgumentException(
                    "unknown end-of-life treatment '" + key + "': use recycling, landfill or" + " incineration");
        }
    }
}
