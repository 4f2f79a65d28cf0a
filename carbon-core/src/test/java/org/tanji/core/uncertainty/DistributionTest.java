package org.tanji.core.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tanji.core.error.InvalidDistributionException;

class DistributionTest {

    @Test
    void pedigreeScoresBecomeAGsd() {
        // ecoinvent v3 variances: reliability 2 → 0.0006, completeness 3 → 0.0006, temporal 4 → 0.008,
        // geographical 5 → 0.002, technological 2 → 0.0006; basic GSD 1.05 → ln²(1.05)
        double expected = Math.exp(Math.sqrt(Math.pow(Math.log(1.05), 2) + 0.0006 + 0.0006 + 0.008 + 0.002 + 0.0006));
        assertEquals(expected, new Pedigree(2, 3, 4, 5, 2, 1.05).gsd(), 1e-12);
        assertEquals(1.05, new Pedigree(1, 1, 1, 1, 1, 1.05).gsd(), 1e-12);
        // the worst scores: 0.04 + 0.008 + 0.04 + 0.002 + 0.12 = 0.21 → GSD e^√0.21 = 1.58
        assertEquals(Math.exp(Math.sqrt(0.21)), new Pedigree(5, 5, 5, 5, 5, 1).gsd(), 1e-12);
    }

    @Test
    void closedFormMoments() {
        Distribution ln = Distribution.lognormal(2, 1.5);
        double s = Math.log(1.5);
        assertEquals(2 * Math.exp(s * s / 2), ln.mean(), 1e-12);
        assertEquals(2 * Math.pow(1.5, 1.959963985), ln.quantile(0.975), 1e-6);
        assertEquals(
                1.0 / 18 * (1 + 4 + 25 - 2 - 5 - 10),
                Distribution.triangular(1, 2, 5).variance(),
                1e-12);
        assertEquals(1.0 / 3, Distribution.uniform(1, 3).variance(), 1e-12);
    }

    @Test
    void meaninglessParametersAreRefused() {
        assertEquals(
                "lognormal: the geometric standard deviation must be at least 1, not 0.8 (GSD 1 means no"
                        + " uncertainty)",
                assertThrows(InvalidDistributionException.class, () -> Distribution.lognormal(1, 0.8))
                        .getMessage());
        assertThrows(InvalidDistributionException.class, () -> Distribution.uniform(3, 1));
        assertThrows(InvalidDistributionException.class, () -> Distribution.triangular(1, 5, 3));
        assertThrows(InvalidDistributionException.class, () -> Distribution.normal(1, -1));
        assertThrows(InvalidDistributionException.class, () -> Distribution.lognormal(0, 1.1));
        assertThrows(InvalidDistributionException.class, () -> new Pedigree(0, 1, 1, 1, 1, 1.05));
    }

    @Test
    void aNegativeGeometricMeanIsTheMirrorImage() {
        Distribution credit = Distribution.lognormal(-2, 1.5);
        Distribution.Lognormal debit = new Distribution.Lognormal(2, 1.5);
        assertEquals(-debit.mean(), credit.mean(), 1e-12);
        assertEquals(debit.variance(), credit.variance(), 1e-12);
        assertEquals(-debit.quantile(0.975), credit.quantile(0.025), 1e-12);
        assertEquals(-2 * Math.pow(1.5, 1.959963985), credit.quantile(0.025), 1e-6);
    }

    @Test
    void lognormalModeAndNinetyFivePercentInterval() {
        // mode e^(μ−σ²) and GM × GSD^±2 (Limpert, Stahel & Abbt 2001, BioScience 51(5), Table 2: the 95.5 % interval)
        Distribution.Lognormal ln = new Distribution.Lognormal(2, 1.5);
        double s = Math.log(1.5);
        assertEquals(2 * Math.exp(-s * s), ln.mode(), 1e-12);
        assertEquals(2 / 2.25, ln.interval95()[0], 1e-12);
        assertEquals(2 * 2.25, ln.interval95()[1], 1e-12);
        Distribution.Lognormal mirrored = new Distribution.Lognormal(-2, 1.5);
        assertEquals(-4.5, mirrored.interval95()[0], 1e-12);
        assertEquals(-2 / 2.25, mirrored.interval95()[1], 1e-12);
    }
}
