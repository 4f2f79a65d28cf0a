package org.tanji.core.result;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.model.Activity;
import org.tanji.core.model.ActivityLine;
import org.tanji.core.unit.ActivityUnits;

/**
 * Every activity line of a calculation, stored column-wise so a million-line BOM costs tens of bytes a line;
 * {@link LineResult}s are made when asked for.
 */
public final class Trail {
    private final int size;
    private final String[] partIds;
    private final Activity[] activities;
    private final short[] lineOfActivity;
    private final EmissionFactor[] factors;
    private final double[] factorCo2e;
    private final double[] amounts;
    private final double[] amountsInFactorUnit;
    private final double[] kgCo2e;
    private final double[] alternatives;
    private final boolean[] excluded;
    private final GwpSet gwpSet;

    // Takes the recorder's arrays as they are: the calculator sizes them exactly, so nothing is copied.
    private Trail(Recorder r, GwpSet gwpSet) {
        this.size = r.size;
        this.partIds = r.partIds;
        this.activities = r.activities;
        this.lineOfActivity = r.lineOfActivity;
        this.factors = r.factors;
        this.factorCo2e = r.factorCo2e;
        this.amounts = r.amounts;
        this.amountsInFactorUnit = r.amountsInFactorUnit;
        this.kgCo2e = r.kgCo2e;
        this.alternatives = r.alternatives;
        this.excluded = r.excluded;
        this.gwpSet = gwpSet;
    }

    /** Number of lines, excluded ones included. */
    public int size() {
        return size;
    }

    /** Line {@code i} with its full trail. */
    public LineResult line(int i) {
        ActivityLine l = activities[i].line(lineOfActivity[i]);
        EmissionFactor f = factors[i];
        return new LineResult(
                partIds[i] + "/" + l.label(),
                partIds[i],
                activities[i].id(),
                l.label(),
                activities[i].stage(lineOfActivity[i]),
                amounts[i],
                ActivityUnits.symbol(l.unit()),
                amountsInFactorUnit[i],
                f.id(),
                f.name(),
                ActivityUnits.symbol(f.unit()),
                f.provenance(),
                factorCo2e[i],
                f.characterisedWith(gwpSet),
                kgCo2e[i],
                Double.isNaN(alternatives[i]) ? null : alternatives[i],
                excluded[i],
                activities[i].transportWork(l.amount() == 0 ? 0 : amounts[i] / l.amount()),
                f.quality(),
                f.primary());
    }

    /** kg CO2e of line {@code i}. */
    public double kgCo2e(int i) {
        return kgCo2e[i];
    }

    /** All lines as a list view. */
    public List<LineResult> lines() {
        return new AbstractList<>() {
            @Override
            public LineResult get(int index) {
                return line(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The {@code n} included lines with the largest absolute kg CO2e, largest first. */
    public List<LineResult> top(int n) {
        Comparator<Integer> bySize = Comparator.comparingDouble(i -> Math.abs(kgCo2e[i]));
        PriorityQueue<Integer> smallestFirst = new PriorityQueue<>(Math.max(1, n), bySize);
        for (int i = 0; i < size; i++) {
            if (excluded[i]) {
                continue;
            }
            if (smallestFirst.size() < n) {
                smallestFirst.add(i);
            } else if (n > 0 && Math.abs(kgCo2e[i]) > Math.abs(kgCo2e[smallestFirst.peek()])) {
                smallestFirst.poll();
                smallestFirst.add(i);
            }
        }
        List<Integer> idx = new ArrayList<>(smallestFirst);
        idx.sort(bySize.reversed());
        return idx.stream().map(this::line).toList();
    }

    /** The lines left out of the total because their stage is outside the system boundary. */
    public List<LineResult> excludedLines() {
        List<LineResult> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (excluded[i]) {
                out.add(line(i));
            }
        }
        return out;
    }

    /** Collects lines during a calculation; used by the calculator. */
    public static final class Recorder {
        private int size;
        private String[] partIds;
        private Activity[] activities;
        private short[] lineOfActivity;
        private EmissionFactor[] factors;
        private double[] factorCo2e;
        private double[] amounts;
        private double[] amountsInFactorUnit;
        private double[] kgCo2e;
        private double[] alternatives;
        private boolean[] excluded;

        public Recorder(int expectedLines) {
            int n = Math.max(16, expectedLines);
            partIds = new String[n];
            activities = new Activity[n];
            lineOfActivity = new short[n];
            factors = new EmissionFactor[n];
            factorCo2e = new double[n];
            amounts = new double[n];
            amountsInFactorUnit = new double[n];
            kgCo2e = new double[n];
            alternatives = new double[n];
            excluded = new boolean[n];
        }

        /**
         * Records line {@code line} of {@code activity} in part {@code partId}.
         *
         * @param alternative the other electricity method's kg CO2e, or NaN
         */
        public void record(
                String partId,
                Activity activity,
                int line,
                EmissionFactor factor,
                double factorKgCo2ePerUnit,
                double amount,
                double amountInFactorUnit,
                double kgCo2e,
                double alternative,
                boolean excluded) {
            if (size == amounts.length) {
                grow();
            }
            int i = size++;
            partIds[i] = partId;
            activities[i] = activity;
            lineOfActivity[i] = (short) line;
            factors[i] = factor;
            factorCo2e[i] = factorKgCo2ePerUnit;
            amounts[i] = amount;
            amountsInFactorUnit[i] = amountInFactorUnit;
            this.kgCo2e[i] = kgCo2e;
            alternatives[i] = alternative;
            this.excluded[i] = excluded;
        }

        private void grow() {
            int n = Math.max(16, amounts.length * 2);
            partIds = Arrays.copyOf(partIds, n);
            activities = Arrays.copyOf(activities, n);
            lineOfActivity = Arrays.copyOf(lineOfActivity, n);
            factors = Arrays.copyOf(factors, n);
            factorCo2e = Arrays.copyOf(factorCo2e, n);
            amounts = Arrays.copyOf(amounts, n);
            amountsInFactorUnit = Arrays.copyOf(amountsInFactorUnit, n);
            kgCo2e = Arrays.copyOf(kgCo2e, n);
            alternatives = Arrays.copyOf(alternatives, n);
            excluded = Arrays.copyOf(excluded, n);
        }

        /** The finished, immutable trail of a calculation made with {@code gwpSet}. */
        public Trail finish(GwpSet gwpSet) {
            Trail trail = new Trail(this, gwpSet);
            amounts = new double[0]; // the trail owns the arrays now; recording more would grow fresh ones
            size = 0;
            partIds = new String[0];
            activities = new Activity[0];
            lineOfActivity = new short[0];
            factors = new EmissionFactor[0];
            factorCo2e = new double[0];
            amountsInFactorUnit = new double[0];
            kgCo2e = new double[0];
            alternatives = new double[0];
            excluded = new boolean[0];
            return trail;
        }
    }
}
