package org.tanji.core.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.model.Activity;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.Part;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.result.LineResult;

/**
 * Monte Carlo, analytical propagation and sensitivity over a calculated BOM model. Every line of the result is
 * linear in its activity amount and its factor, so an iteration scales each uncertain line by two multipliers
 * (sample ÷ stated value) and sums — no recalculation of the model.
 *
 * <pre>{@code
 * FootprintResult r = FootprintCalculator.using(factors).calculate(model);
 * MonteCarlo mc = MonteCarlo.of(model, r, uncertainties);
 * MonteCarloResult run = mc.run(10_000, 42);               // same seed, same numbers, any machine or thread count
 * run.total().percentile(2.5); run.total().percentile(97.5);
 * mc.analytic().gsd(); mc.contributionToVariance(); mc.tornado();
 * }</pre>
 */
public final class MonteCarlo {
    private static final LifeCycleStage[] STAGES = LifeCycleStage.values();
    private static final int RANKED_INPUTS = 10;

    private final List<UncertainInput> inputs = new ArrayList<>();
    private final double deterministicTotal;
    // uncertain lines: kg CO2e, stage, and the slots of their two multipliers (0 = fixed at 1)
    private final double[] lineKg;
    private final int[] lineStage;
    private final int[] lineActivity;
    private final int[] lineFactor;
    private final double[] fixedByStage = new double[STAGES.length];

    private MonteCarlo(FootprintModel model, FootprintResult result, Uncertainties u) {
        Map<String, Integer> slot = new LinkedHashMap<>();
        Map<String, Double> activityValues = activityValues(model);
        for (Map.Entry<String, Uncertainty> e : u.activities().entrySet()) {
            Double value = activityValues.get(e.getKey());
            if (value == null) {
                throw new InvalidModelException("uncertainty is given for activity '" + e.getKey()
                        + "', which the model" + " does not have (write part id/activity id)");
            }
            addInput("activity " + e.getKey(), e.getValue(), value, slot);
        }
        Map<String, Double> factorValues = new LinkedHashMap<>();
        for (LineResult l : result.lines()) {
            factorValues.putIfAbsent(l.factorId(), l.factorKgCo2ePerUnit());
        }
        for (Map.Entry<String, Uncertainty> e : u.factors().entrySet()) {
            Double value = factorValues.get(e.getKey());
            if (value == null) {
                throw new InvalidModelException(
                        "uncertainty is given for factor '" + e.getKey() + "', which the result" + " does not use");
            }
            addInput("factor " + e.getKey(), e.getValue(), value, slot);
        }
        List<double[]> uncertain = new ArrayList<>();
        double[] dependent = new double[inputs.size() + 1];
        double total = 0;
        for (LineResult l : result.lines()) {
            if (l.excluded()) {
                continue;
            }
            total += l.kgCo2e();
            int a = slot.getOrDefault("activity " + l.partId() + "/" + l.activityId(), 0);
            int f = slot.getOrDefault("factor " + l.factorId(), 0);
            if (a == 0 && f == 0) {
                fixedByStage[l.stage().ordinal()] += l.kgCo2e();
            } else {
                uncertain.add(new double[] {l.kgCo2e(), l.stage().ordinal(), a, f});
                dependent[a] += l.kgCo2e();
                dependent[f] += l.kgCo2e();
            }
        }
        deterministicTotal = total;
        for (int k = 0; k < inputs.size(); k++) {
            UncertainInput in = inputs.get(k);
            inputs.set(k, new UncertainInput(in.key(), in.distribution(), in.statedValue(), dependent[k + 1]));
        }
        int n = uncertain.size();
        lineKg = new double[n];
        lineStage = new int[n];
        lineActivity = new int[n];
        lineFactor = new int[n];
        for (int i = 0; i < n; i++) {
            double[] l = uncertain.get(i);
            lineKg[i] = l[0];
            lineStage[i] = (int) l[1];
            lineActivity[i] = (int) l[2];
            lineFactor[i] = (int) l[3];
        }
    }

    private void addInput(String key, Uncertainty u, double value, Map<String, Integer> slot) {
        if (value == 0) {
            throw new InvalidModelException(key + " is 0 in the model; an uncertainty around 0 cannot scale it");
        }
        Distribution d = u.around(value);
        d.checkDescribes(key, value);
        inputs.add(new UncertainInput(key, d, value, 0));
        slot.put(key, inputs.size());
    }

    /** Prepares propagation over {@code result}, the deterministic calculation of {@code model}. */
    public static MonteCarlo of(FootprintModel model, FootprintResult result, Uncertainties uncertainties) {
        return new MonteCarlo(model, result, uncertainties);
    }

    /** The uncertain inputs with the kg CO2e that depend on each. */
    public List<UncertainInput> inputs() {
        return List.copyOf(inputs);
    }

    /** {@code iterations} draws on all cores, reproducible from {@code seed}. */
    public MonteCarloResult run(int iterations, long seed) {
        return run(iterations, seed, Runtime.getRuntime().availableProcessors(), MonteCarloListener.NONE);
    }

    public MonteCarloResult run(int iterations, long seed, int threads, MonteCarloListener listener) {
        double[] totals = new double[iterations];
        double[][] stages = new double[STAGES.length][iterations];
        List<Integer> ranked = rankedInputs();
        double[][] draws = new double[ranked.size()][iterations];
        Iterations.run(iterations, seed, threads, listener, (from, to, rng) -> {
            ContinuousSampler[] samplers = new ContinuousSampler[inputs.size() + 1];
            for (int k = 0; k < inputs.size(); k++) {
                samplers[k + 1] = inputs.get(k).distribution().sampler(rng);
            }
            double[] m = new double[inputs.size() + 1];
            m[0] = 1;
            double[] byStage = new double[STAGES.length];
            for (int it = from; it < to; it++) {
                for (int k = 1; k < m.length; k++) {
                    m[k] = samplers[k].sample() / inputs.get(k - 1).statedValue();
                }
                System.arraycopy(fixedByStage, 0, byStage, 0, byStage.length);
                for (int l = 0; l < lineKg.length; l++) {
                    byStage[lineStage[l]] += lineKg[l] * m[lineActivity[l]] * m[lineFactor[l]];
                }
                double t = 0;
                for (int s = 0; s < byStage.length; s++) {
                    stages[s][it] = byStage[s];
                    t += byStage[s];
                }
                totals[it] = t;
                for (int r = 0; r < ranked.size(); r++) {
                    draws[r][it] = m[ranked.get(r) + 1];
                }
            }
        });
        Map<LifeCycleStage, SampleStatistics> byStage = new EnumMap<>(LifeCycleStage.class);
        for (LifeCycleStage s : STAGES) {
            if (stages[s.ordinal()][0] != 0 || fixedByStage[s.ordinal()] != 0 || hasLines(s)) {
                byStage.put(s, new SampleStatistics(stages[s.ordinal()]));
            }
        }
        List<MonteCarloResult.RankCorrelation> correlations = new ArrayList<>();
        for (int r = 0; r < ranked.size(); r++) {
            correlations.add(new MonteCarloResult.RankCorrelation(
                    inputs.get(ranked.get(r)).key(), spearman(draws[r], totals)));
        }
        return new MonteCarloResult(iterations, seed, new SampleStatistics(totals), byStage, correlations);
    }

    private boolean hasLines(LifeCycleStage s) {
        for (int st : lineStage) {
            if (st == s.ordinal()) {
                return true;
            }
        }
        return false;
    }

    /** The inputs with the largest contribution to variance, whose draws are kept for rank correlations. */
    private List<Integer> rankedInputs() {
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            idx.add(k);
        }
        idx.sort(Comparator.comparingDouble((Integer k) -> -varianceShare(inputs.get(k))));
        return idx.subList(0, Math.min(RANKED_INPUTS, idx.size()));
    }

    private static double spearman(double[] x, double[] y) {
        NaturalRanking ranking = new NaturalRanking();
        double[] rx = ranking.apply(x);
        double[] ry = ranking.apply(y);
        double mx = 0;
        double my = 0;
        for (int i = 0; i < rx.length; i++) {
            mx += rx[i];
            my += ry[i];
        }
        mx /= rx.length;
        my /= ry.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < rx.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** First-order propagation in log space; see {@link AnalyticResult}. */
    public AnalyticResult analytic() {
        double logVariance = 0;
        double linearVariance = 0;
        for (UncertainInput in : inputs) {
            double s = deterministicTotal == 0 ? 0 : in.dependentKgCo2e() / deterministicTotal;
            logVariance += s * s * in.logSigma() * in.logSigma();
            linearVariance += in.dependentKgCo2e() * in.dependentKgCo2e() * in.multiplierVariance();
        }
        return new AnalyticResult(deterministicTotal, Math.exp(Math.sqrt(logVariance)), Math.sqrt(linearVariance));
    }

    private double varianceShare(UncertainInput in) {
        double s = deterministicTotal == 0 ? 0 : in.dependentKgCo2e() / deterministicTotal;
        return s * s * in.logSigma() * in.logSigma();
    }

    /** Each input's first-order share of the variance of ln(total), largest first; shares add up to 1. */
    public List<SensitivityShare> contributionToVariance() {
        double sum = inputs.stream().mapToDouble(this::varianceShare).sum();
        List<SensitivityShare> out = new ArrayList<>();
        for (UncertainInput in : inputs) {
            out.add(new SensitivityShare(in.key(), sum == 0 ? 0 : varianceShare(in) / sum));
        }
        out.sort(Comparator.comparingDouble(SensitivityShare::share).reversed());
        return out;
    }

    /**
     * One at a time: the total with each input at its 2.5th and 97.5th percentile and the others as stated; widest
     * range first. Exact, since the total is linear in each input.
     */
    public List<TornadoBar> tornado() {
        List<TornadoBar> out = new ArrayList<>();
        for (UncertainInput in : inputs) {
            double low = deterministicTotal
                    + in.dependentKgCo2e() * (in.distribution().quantile(0.025) / in.statedValue() - 1);
            double high = deterministicTotal
                    + in.dependentKgCo2e() * (in.distribution().quantile(0.975) / in.statedValue() - 1);
            out.add(new TornadoBar(in.key(), Math.min(low, high), Math.max(low, high)));
        }
        out.sort(
                Comparator.comparingDouble((TornadoBar b) -> b.high() - b.low()).reversed());
        return out;
    }

    /** A share of variance. */
    public record SensitivityShare(String input, double share) {}

    /** The total's range when one input moves. */
    public record TornadoBar(String input, double low, double high) {}

    /** The stated value of each activity's quantity, by {@code partId/activityId}. */
    private static Map<String, Double> activityValues(FootprintModel model) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Part p : model.parts().values()) {
            for (Activity a : p.activities()) {
                out.put(Uncertainties.activityKey(p.id(), a.id()), a.quantity());
            }
        }
        return out;
    }
}
