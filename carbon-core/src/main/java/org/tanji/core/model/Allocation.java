package org.tanji.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tanji.core.error.InvalidModelException;

/**
 * How a multi-output process shares its burdens among its products. A part with an allocation is such a process:
 * its activities and components are for one run producing all {@code outputs}; the part's own product is the
 * {@code reference} output, whose amount (in the part's unit) that run makes.
 *
 * <pre>{@code
 * Allocation byMass = new Allocation(AllocationMethod.MASS, "copper cathode", List.of(
 *     new CoProduct("copper cathode", 1000, 8500, 0),
 *     new CoProduct("sulphuric acid", 2900, 90, 0)));
 * }</pre>
 */
public record Allocation(AllocationMethod method, String reference, List<CoProduct> outputs) {

    public Allocation {
        Objects.requireNonNull(method, "allocation method");
        outputs = List.copyOf(outputs);
        if (outputs.stream().noneMatch(o -> o.name().equals(reference))) {
            throw new InvalidModelException(
                    "allocation: the reference output '" + reference + "' is not among the outputs "
                            + outputs.stream().map(CoProduct::name).toList());
        }
        double total = outputs.stream().mapToDouble(method::basis).sum();
        if (!(total > 0)) {
            throw new InvalidModelException("allocation by " + method.key() + ": the outputs' " + method.basisName()
                    + " add up to " + total + "; give every output its " + method.basisName());
        }
    }

    /** The reference output's share of the burdens (0–1). */
    public double share() {
        double total = outputs.stream().mapToDouble(method::basis).sum();
        return method.basis(referenceOutput()) / total;
    }

    /** How much of the reference product one run makes. */
    public double referenceAmount() {
        return referenceOutput().amount();
    }

    private CoProduct referenceOutput() {
        return outputs.stream()
                .filter(o -> o.name().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    /**
     * One product of a multi-output process.
     *
     * @param amount amount per run (a mass for mass allocation)
     * @param price price per unit of amount, for economic allocation
     * @param property a physical property of the run's whole output of this product (e.g. its energy content in
     *     MJ), for physical allocation
     */
    public record CoProduct(String name, double amount, double price, double property) {
        public CoProduct {
            Objects.requireNonNull(name, "co-product name");
            for (double v : new double[] {amount, price, property}) {
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new InvalidModelException("co-product '" + name
                            + "': amount, price and property must be finite and zero or more, not " + v);
                }
            }
        }
    }

    /** The basis the burdens are shared on. */
    public enum AllocationMethod {
        /** By the outputs' masses. */
        MASS,
        /** By the outputs' revenue: amount × price. */
        ECONOMIC,
        /** By a physical property, e.g. energy content. */
        PHYSICAL;

        double basis(CoProduct p) {
            switch (this) {
                case MASS:
                    return p.amount();
                case ECONOMIC:
                    return p.amount() * p.price();
                default:
                    return p.property();
            }
        }

        String basisName() {
            switch (this) {
                case MASS:
                    return "amounts (masses)";
                case ECONOMIC:
                    return "revenues (amount × price)";
                default:
                    return "physical properties";
            }
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static AllocationMethod ofKey(String key) {
            for (AllocationMethod m : values()) {
                if (m.key().equalsIgnoreCase(key.strip())) {
                    return m;
                }
            }
            throw new IllegalArgumentException(
                    "unknown allocation method '" + key + "': use mass, economic or physical");
        }
    }
}
