package org.tanji.core.calc.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.process.UnitProcess;

/**
 * Generated process systems in the shapes practitioners load, for tests and benchmarks of the solver. Every system
 * is <em>productive</em>, and the generator checks it: each process makes 1 kg of its product and its inputs sum
 * to at most 0.9 kg, so A = I − B with ‖B‖₁ ≤ 0.9, A is a non-singular M-matrix and ‖A⁻¹‖₁ ≤ 10 (the Neumann
 * series converges). Input coefficients run from 1e-4 to 0.5 before each column is scaled to its total. The
 * numbering is shuffled, as in a database that was never sorted, and about a quarter of the processes are an
 * acyclic foreground of product models on top of the cyclic background.
 *
 * <pre>{@code
 * ProcessSystem system = SupplyChains.generate(SupplyChains.Shape.HUB_LOOPS, 20_000, 42);
 * }</pre>
 */
public final class SupplyChains {
    /** The largest column input sum the generator allows. */
    public static final double MAX_INPUT_SUM = 0.9;

    private static final String[] GASES = {"CO2-fossil", "CH4-fossil", "N2O", "CO2-biogenic", "SF6"};

    /** How the background's loops close. */
    public enum Shape {
        /**
         * Hub groups (energy, transport, chemicals) used by everything and buying from industries everywhere;
         * 20 industries with tiers, each buying from lower tiers, now and then from a higher one (a local loop).
         */
        HUB_LOOPS,
        /** One big strongly connected core: every process buys from suppliers drawn at random from all others. */
        RANDOM_CORE,
        /** Regions of about 50 processes with dense loops inside, a regional energy hub each, few links between. */
        LOCAL_SUPPLY,
        /**
         * Ecoinvent's make-up: transformations buy only from markets; each market buys one product from the 2–8
         * transformations that make it, plus transport; electricity and transport markets serve everyone.
         */
        ECOINVENT_MIX
    }

    private SupplyChains() {}

    /** A productive system of {@code n} processes (columns) of the given shape. */
    public static ProcessSystem generate(Shape shape, int n, long seed) {
        return new Builder(n, seed).build(shape);
    }

    /** Column input sums of a generated system are checked here, so no benchmark runs on a near-singular one. */
    private static final class Builder {
        private final int n;
        private final int background;
        private final SplittableRandom random;
        private final List<Map<Integer, Double>> inputs = new ArrayList<>();
        private final int[] label;

        Builder(int n, long seed) {
            this.n = n;
            this.background = n - n / 4;
            this.random = new SplittableRandom(seed);
            for (int j = 0; j < n; j++) {
                inputs.add(new LinkedHashMap<>());
            }
            label = shuffled(n);
        }

        ProcessSystem build(Shape shape) {
            switch (shape) {
                case HUB_LOOPS -> hubLoops();
                case RANDOM_CORE -> randomCore();
                case LOCAL_SUPPLY -> localSupply();
                case ECOINVENT_MIX -> ecoinventMix();
            }
            foreground();
            return system(shape);
        }

        private void hubLoops() {
            int hubs = Math.max(6, background / 200);
            int industries = 20;
            int size = (background - hubs) / industries;
            for (int h = 0; h < hubs; h++) {
                for (int k = 0; k < 40; k++) {
                    buy(h, hubs + random.nextInt(background - hubs));
                }
                buy(h, random.nextInt(hubs)); // energy for transport, chemicals for energy
            }
            for (int j = hubs; j < background; j++) {
                int industry = Math.min(industries - 1, (j - hubs) / size);
                int from = hubs + industry * size;
                int tier = j - from;
                for (int k = 0; k < 5 && tier > 0; k++) {
                    buy(j, from + random.nextInt(tier));
                }
                if (random.nextInt(10) == 0) {
                    buy(j, from + random.nextInt(Math.min(size, background - from))); // a local loop
                }
                buy(j, hubs + random.nextInt(background - hubs)); // another industry
                for (int k = 0; k < 3; k++) {
                    buy(j, random.nextInt(hubs));
                }
            }
        }

        private void randomCore() {
            for (int j = 0; j < background; j++) {
                for (int k = 0; k < 9; k++) {
                    buy(j, random.nextInt(background));
                }
            }
        }

        private void localSupply() {
            int region = 50;
            for (int j = 0; j < background; j++) {
                int from = j / region * region;
                int size = Math.min(region, background - from);
                buy(j, from); // the region's energy hub
                for (int k = 0; k < 7; k++) {
                    buy(j, from + random.nextInt(size));
                }
                if (random.nextInt(3) == 0) {
                    buy(j, random.nextInt(background)); // a supplier in another region
                }
            }
        }

        private void ecoinventMix() {
            int markets = background / 5;
            int electricity = Math.max(1, markets / 100);
            int transport = electricity;
            // markets 0 … markets−1 (the first ones electricity, then transport); transformations after them
            int transformations = background - markets;
            for (int t = 0; t < transformations; t++) {
                int j = markets + t;
                buy(t % markets, j); // every transformation supplies the market of its product
            }
            for (int m = 0; m < markets; m++) {
                int extra = random.nextInt(6);
                for (int k = 0; k < extra; k++) {
                    buy(m, markets + random.nextInt(transformations));
                }
                if (m >= electricity) {
                    buy(m, electricity + random.nextInt(transport)); // transport to the market
                }
            }
            for (int t = 0; t < transformations; t++) {
                int j = markets + t;
                buy(j, random.nextInt(electricity));
                for (int k = 0; k < 7; k++) {
                    buy(j, random.nextInt(markets));
                }
            }
        }

        /** Product models on top: each buys from later foreground processes and from the background. */
        private void foreground() {
            for (int j = background; j < n; j++) {
                for (int k = 0; k < 4 && j + 1 < n; k++) {
                    buy(j, j + 1 + random.nextInt(Math.min(200, n - j - 1)));
                }
                for (int k = 0; k < 4 && background > 0; k++) {
                    buy(j, random.nextInt(background));
                }
            }
        }

        private void buy(int consumer, int supplier) {
            if (consumer != supplier) {
                // log-uniform between 1e-4 and 0.5
                inputs.get(consumer).put(supplier, 1e-4 * Math.pow(5000, random.nextDouble()));
            }
        }

        private ProcessSystem system(Shape shape) {
            List<UnitProcess> processes = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                processes.add(null);
            }
            for (int j = 0; j < n; j++) {
                Map<Integer, Double> in = inputs.get(j);
                double sum =
                        in.values().stream().mapToDouble(Double::doubleValue).sum();
                double scale = sum == 0 ? 0 : (0.4 + 0.5 * random.nextDouble()) / sum;
                UnitProcess p = UnitProcess.making("p" + label[j], "product " + label[j], 1, "kg");
                double total = 0;
                for (Map.Entry<Integer, Double> e : in.entrySet()) {
                    double amount = e.getValue() * scale;
                    total += amount;
                    p = p.input("product " + label[e.getKey()], amount, "kg");
                }
                if (total > MAX_INPUT_SUM * (1 + 1e-12)) {
                    throw new IllegalStateException("column " + j + " sums to " + total + ", not productive");
                }
                for (int g = 0; g < 1 + random.nextInt(2); g++) {
                    p = p.emission(GASES[random.nextInt(GASES.length)], random.nextDouble() * (g == 0 ? 2 : 0.01));
                }
                processes.set(label[j], p); // the list in shuffled order too
            }
            return new ProcessSystem(shape.name().toLowerCase() + " " + n, processes);
        }

        private int[] shuffled(int size) {
            int[] p = new int[size];
            for (int i = 0; i < size; i++) {
                p[i] = i;
            }
            for (int i = size - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int x = p[i];
                p[i] = p[k];
                p[k] = x;
            }
            return p;
        }
    }
}
