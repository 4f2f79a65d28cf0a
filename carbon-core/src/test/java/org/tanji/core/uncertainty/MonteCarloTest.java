package org.tanji.core.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.error.DistributionMismatchException;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.Gas;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.Part;
import org.tanji.core.result.FootprintResult;

/**
 * Closed forms and statistical tolerances. Tolerances are 5.5 standard errors of each estimate, so a correct
 * implementation fails less than once in 26 million runs (two-sided normal tail at 5.5σ ≈ 3.8e-8).
 */
class MonteCarloTest {
    private static final int N = 20_000;
    private static final FactorSource FACTORS = FactorSource.of(List.of(
            EmissionFactor.builder("steel", "kg").gas(Gas.CO2_FOSSIL, 2.0).build(),
            EmissionFactor.builder("grid", "kWh").gas(Gas.CO2_FOSSIL, 0.5).build()));

    /** One part: 3 kg steel (raw materials) and 4 kWh (production), both factors and amounts stated. */
    private static FootprintModel model() {
        return FootprintModel.builder("bracket")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(Part.of("p", "p")
                        .withActivities(List.of(
                                Input.material("steel", Amount.of(3, "kg"), "steel"),
                                new org.tanji.core.model.Electricity(
                                        "press", null, Amount.of(4, "kWh"), "grid", null))))
                .build();
    }

    private static MonteCarlo mc(Uncertainties u) {
        FootprintModel m = model();
        FootprintResult r = FootprintCalculator.using(FACTORS).calculate(m);
        return MonteCarlo.of(m, r, u);
    }

    @Test
    void aProductOfLognormalsIsLognormal() {
        // steel line = amount × factor, both lognormal around their stated values: 3 kg (GSD 1.2) × 2.0 (GSD 1.3).
        // The product is lognormal with median 6 and σ² = ln²1.2 + ln²1.3; the grid line (2 kg) is fixed.
        MonteCarlo mc = mc(Uncertainties.builder()
                .activity("p", "steel", Distribution.lognormal(3, 1.2))
                .factor("steel", Distribution.lognormal(2.0, 1.3))
                .build());
        double sigma = Math.sqrt(Math.pow(Math.log(1.2), 2) + Math.pow(Math.log(1.3), 2));
        MonteCarloResult r = mc.run(N, 42);
        SampleStatistics steel = r.byStage().get(LifeCycleStage.RAW_MATERIAL_ACQUISITION);
        // sample median: sd of ln(median) ≈ √(π/2)·σ/√n
        assertEquals(Math.log(6), Math.log(steel.median()), 5.5 * Math.sqrt(Math.PI / 2) * sigma / Math.sqrt(N));
        // sample mean of a lognormal: sd = mean·√(e^σ² − 1)/√n
        double mean = 6 * Math.exp(sigma * sigma / 2);
        assertEquals(mean, steel.mean(), 5.5 * mean * Math.sqrt(Math.exp(sigma * sigma) - 1) / Math.sqrt(N));
        // 97.5th percentile: median·e^(1.96σ); sd of ln(q) = √(p(1−p)/n) / (φ(1.96)/σ)
        double q = 6 * Math.exp(1.959963985 * sigma);
        assertEquals(
                Math.log(q), Math.log(steel.percentile(97.5)), 5.5 * Math.sqrt(0.025 * 0.975 / N) / (0.05844 / sigma));
        assertEquals(2.0, r.byStage().get(LifeCycleStage.PRODUCTION).median(), 0); // fixed
        assertEquals(0, r.byStage().get(LifeCycleStage.PRODUCTION).standardDeviation(), 0);
    }

    @Test
    void analyticPropagationIsExactForProductsOfLognormals() {
        MonteCarlo mc = mc(Uncertainties.builder()
                .activity("p", "steel", Distribution.lognormal(3, 1.2))
                .factor("steel", Distribution.lognormal(2.0, 1.3))
                .build());
        AnalyticResult a = mc.analytic();
        // total = 6 (steel) + 2 (grid, fixed): S = 6/8 for both inputs → σ_T = 0.75 · √(ln²1.2 + ln²1.3)
        double sigma = 0.75 * Math.sqrt(Math.pow(Math.log(1.2), 2) + Math.pow(Math.log(1.3), 2));
        assertEquals(8, a.median(), 1e-12);
        assertEquals(Math.exp(sigma), a.gsd(), 1e-12);
        assertEquals(8 * Math.exp(-sigma * sigma), a.mode(), 1e-12); // lognormal mode e^(μ − σ²)
        assertEquals(8 / Math.exp(2 * sigma), a.interval95()[0], 1e-12);
        assertEquals(8 * Math.exp(2 * sigma), a.interval95()[1], 1e-12);
        List<MonteCarlo.SensitivityShare> ctv = mc.contributionToVariance();
        assertEquals("factor steel", ctv.get(0).input()); // ln²1.3 > ln²1.2
        assertEquals(
                Math.pow(Math.log(1.3), 2) / (Math.pow(Math.log(1.2), 2) + Math.pow(Math.log(1.3), 2)),
                ctv.get(0).share(),
                1e-12);
        assertEquals(
                1, ctv.stream().mapToDouble(MonteCarlo.SensitivityShare::share).sum(), 1e-12);
    }

    @Test
    void aFactorUsedTwiceDrawsOnceAnIteration() {
        // both lines use factor "steel" (3 kg and 1.5 kg); m ~ U(0.5, 1.5), sd 1/√12. Fully correlated: total sd =
        // (6 + 3)·0.288675 = 2.598; drawn independently it would be √(6² + 3²)·0.288675 = 1.936.
        FootprintModel m = FootprintModel.builder("x")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(Part.of("p", "p")
                        .withActivities(List.of(
                                Input.material("a", Amount.of(3, "kg"), "steel"),
                                Input.material("b", Amount.of(1.5, "kg"), "steel"))))
                .build();
        MonteCarlo mc = MonteCarlo.of(
                m,
                FootprintCalculator.using(FACTORS).calculate(m),
                Uncertainties.builder()
                        .factor("steel", Distribution.uniform(1.0, 3.0))
                        .build());
        double sd = 9 / Math.sqrt(12);
        // relative standard error of a sample sd: √((kurtosis − 1)/(4n)), uniform kurtosis 1.8
        assertEquals(sd, mc.run(N, 7).total().standardDeviation(), 5.5 * sd * Math.sqrt(0.8 / (4.0 * N)));
    }

    @Test
    void sameSeedSameNumbersOnAnyThreadCount() {
        MonteCarlo mc = mc(Uncertainties.builder()
                .activity("p", "steel", Distribution.triangular(2, 3, 5))
                .factor("grid", Distribution.normal(0.5, 0.05))
                .build());
        MonteCarloResult one = mc.run(5_000, 123, 1, MonteCarloListener.NONE);
        MonteCarloResult four = mc.run(5_000, 123, 4, MonteCarloListener.NONE);
        for (double p : new double[] {0, 2.5, 50, 97.5, 100}) {
            assertEquals(one.total().percentile(p), four.total().percentile(p), 0);
        }
        assertEquals(one.total().mean(), four.total().mean(), 0);
        assertNotEquals(
                one.total().mean(),
                mc.run(5_000, 124, 2, MonteCarloListener.NONE).total().mean());
    }

    @Test
    void zeroWidthDistributionsReturnTheirPointValue() {
        MonteCarloResult r = mc(Uncertainties.builder()
                        .activity("p", "steel", Distribution.lognormal(3, 1))
                        .factor("grid", Distribution.normal(0.5, 0))
                        .build())
                .run(1_000, 1);
        assertEquals(8, r.total().percentile(2.5), 1e-12);
        assertEquals(8, r.total().percentile(97.5), 1e-12);
        assertEquals(0, r.total().standardDeviation(), 1e-12);
    }

    @Test
    void progressIsReportedAndARunCanBeCancelled() {
        MonteCarlo mc = mc(Uncertainties.builder()
                .activity("p", "steel", Distribution.lognormal(3, 1.2))
                .build());
        AtomicInteger last = new AtomicInteger();
        mc.run(3_000, 1, 2, (done, total) -> last.accumulateAndGet(done, Math::max));
        assertEquals(3_000, last.get());
        assertThrows(
                CancellationException.class,
                () -> mc.run(100_000, 1, 1, new MonteCarloListener() {
                    private int calls;

                    @Override
                    public void progress(int done, int total) {
                        calls++;
                    }

                    @Override
                    public boolean cancelled() {
                        return calls >= 2;
                    }
                }));
    }

    @Test
    void tornadoAndRankCorrelationsFindTheDriver() {
        MonteCarlo mc = mc(Uncertainties.builder()
                .activity("p", "steel", Distribution.lognormal(3, 1.5))
                .factor("grid", Distribution.uniform(0.45, 0.55))
                .build());
        List<MonteCarlo.TornadoBar> bars = mc.tornado();
        assertEquals("activity p/steel", bars.get(0).input());
        // steel at its 2.5th percentile: 6 × 1.5^−1.96 + 2 (grid as stated)
        assertEquals(6 * Math.pow(1.5, -1.959963985) + 2, bars.get(0).low(), 1e-6);
        assertEquals(6 + 4 * 0.4525, bars.get(1).low(), 1e-9); // grid at its 2.5th percentile 0.45 + 0.025 × 0.1
        MonteCarloResult r = mc.run(N, 3);
        assertTrue(
                r.rankCorrelations().get(0).spearman() > 0.95,
                r.rankCorrelations().toString());
    }

    /** A wooden part: 20 kg of timber taking up 1.65 kg CO2 per kg (GWP −1): −33 kg CO2e stated. */
    private static MonteCarlo timber(Distribution uptake) {
        FactorSource factors = FactorSource.of(List.of(EmissionFactor.builder("timber", "kg")
                .gas(Gas.CO2_BIOGENIC_REMOVAL, 1.65)
                .build()));
        FootprintModel m = FootprintModel.builder("crate")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(Part.of("p", "p")
                        .withActivities(List.of(Input.material("timber", Amount.of(20, "kg"), "timber"))))
                .build();
        return MonteCarlo.of(
                m,
                FootprintCalculator.using(factors).calculate(m),
                Uncertainties.builder().factor("timber", uptake).build());
    }

    @Test
    void aLognormalThatWouldFlipARemovalIsRefused() {
        // lognormal(1.65, 1.1) draws +1.65-ish: the removal would come out as +24…+44 kg instead of around −33.
        DistributionMismatchException e =
                assertThrows(DistributionMismatchException.class, () -> timber(Distribution.lognormal(1.65, 1.1)));
        assertEquals(
                "factor timber: the stated value -1.65 is negative but lognormal(1.65, 1.1) draws only positive"
                        + " values, which would flip its sign in the Monte Carlo result; write lognormal(-1.65, 1.1) (a mirrored"
                        + " lognormal)",
                e.getMessage());
    }

    @Test
    void aMirroredLognormalKeepsARemovalNegative() {
        MonteCarloResult r = timber(Distribution.lognormal(-1.65, 1.1)).run(N, 5);
        double sigma = Math.log(1.1);
        assertTrue(r.total().max() < 0, "every draw is a removal");
        // −33 × lognormal(1, ln 1.1): median −33; 2.5th percentile −33·1.1^1.96, 97.5th −33·1.1^−1.96
        assertEquals(Math.log(33), Math.log(-r.total().median()), 5.5 * Math.sqrt(Math.PI / 2) * sigma / Math.sqrt(N));
        double q = -33 * Math.exp(1.959963985 * sigma);
        assertEquals(
                Math.log(-q),
                Math.log(-r.total().percentile(2.5)),
                5.5 * Math.sqrt(0.025 * 0.975 / N) / (0.05844 / sigma));
    }

    @Test
    void aDistributionThatLeavesOutItsStatedValueIsRefused() {
        // a GWP-like factor of 29.8 with uniform(22, 26) would shift the whole result below the deterministic one
        FactorSource factors = FactorSource.of(List.of(
                EmissionFactor.builder("gas", "kg").gas(Gas.CO2_FOSSIL, 29.8).build()));
        FootprintModel m = FootprintModel.builder("x")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(Part.of("p", "p").withActivities(List.of(Input.material("gas", Amount.of(1, "kg"), "gas"))))
                .build();
        FootprintResult r = FootprintCalculator.using(factors).calculate(m);
        DistributionMismatchException e = assertThrows(
                DistributionMismatchException.class,
                () -> MonteCarlo.of(
                        m,
                        r,
                        Uncertainties.builder()
                                .factor("gas", Distribution.uniform(22, 26))
                                .build()));
        assertEquals(
                "factor gas: the stated value 29.8 lies outside uniform(22.0, 26.0), which draws only values from"
                        + " 22.0 to 26.0; widen the range to include 29.8 or correct the stated value",
                e.getMessage());
        assertThrows(
                DistributionMismatchException.class,
                () -> MonteCarlo.of(
                        m,
                        r,
                        Uncertainties.builder()
                                .factor("gas", Distribution.triangular(30, 31, 35))
                                .build()));
        // a lognormal's median is the stated value: GM 25 around a stated 29.8 is refused
        assertThrows(
                DistributionMismatchException.class,
                () -> MonteCarlo.of(
                        m,
                        r,
                        Uncertainties.builder()
                                .factor("gas", Distribution.lognormal(25, 1.2))
                                .build()));
        assertThrows(
                DistributionMismatchException.class,
                () -> mc(Uncertainties.builder()
                        .activity("p", "steel", Distribution.fixed(4))
                        .build()));
    }
}
