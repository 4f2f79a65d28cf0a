package org.tanji.core.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tanji.core.calc.solver.ProcessContribution;
import org.tanji.core.calc.solver.SystemResult;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.result.CategoryTotals;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.result.ImpactResult;
import org.tanji.core.result.LineResult;
import org.tanji.core.result.PartResult;

/** Prints a footprint as a table a person reads: total, categories, stages, electricity, top contributors. */
final class ResultTable {
    /** Width of the label column. */
    static final int LABEL = 52;

    private ResultTable() {}

    static void print(FootprintResult r, int top, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%s — %s, per %s, IPCC %s GWP100%n",
                r.product(),
                r.boundary().description(),
                r.declaredUnit(),
                r.gwpSet());
        out.println("Stages in the boundary: "
                + r.boundary().stages().stream().map(LifeCycleStage::key).collect(Collectors.joining(", ")));
        out.println();
        row(out, "Total (kg CO2e)", r.total(), r.total());
        CategoryTotals t = r.totals();
        row(out, "  fossil", t.fossil(), r.total());
        row(out, "  biogenic emissions", t.biogenicEmissions(), r.total());
        row(out, "  biogenic removals", t.biogenicRemovals(), r.total());
        row(out, "  land-use change", t.landUseChange(), r.total());
        out.println();
        out.println("By life-cycle stage");
        for (Map.Entry<LifeCycleStage, CategoryTotals> e : r.byStage().entrySet()) {
            row(out, "  " + e.getKey().description(), e.getValue().total(), r.total());
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "Electricity: location-based %s, market-based %s kg CO2e (total uses %s)%n",
                fmt(r.electricity().locationBasedKgCo2e()),
                fmt(r.electricity().marketBasedKgCo2e()),
                r.electricity().usedInTotal().key());
        out.printf(Locale.ROOT, "Primary data share: %.1f %%%n", r.primaryDataShare() * 100);
        r.tonneKilometresByMode()
                .forEach((mode, tkm) -> out.printf(Locale.ROOT, "Transport by %s: %s t·km%n", mode, fmt(tkm)));
        out.println();
        out.println("Top contributors by line");
        int rank = 1;
        for (LineResult l : r.hotspots(top)) {
            row(out, String.format(Locale.ROOT, "  %d. %s", rank++, l.lineId()), l.kgCo2e(), r.total());
            out.printf(
                    Locale.ROOT,
                    "       %s %s × %s kg CO2e/%s = %s (%s, %s)%n",
                    fmt(l.amountInFactorUnit()),
                    l.factorUnit(),
                    fmt(l.factorKgCo2ePerUnit()),
                    l.factorUnit(),
                    l.factorId(),
                    l.factorProvenance().datasetVersion(),
                    l.gwpSet());
        }
        out.println();
        out.println("Top contributors by part (each part's own activities)");
        rank = 1;
        for (PartResult p : r.byPart().stream()
                .sorted(Comparator.comparingDouble((PartResult p) -> Math.abs(p.directKgCo2e()))
                        .reversed())
                .limit(top)
                .toList()) {
            row(
                    out,
                    String.format(Locale.ROOT, "  %d. %s", rank++, p.name() == null ? p.partId() : p.name()),
                    p.directKgCo2e(),
                    r.total());
        }
        for (String w : r.warnings()) {
            out.println("Note: " + w);
        }
    }

    static void print(SystemResult r, int top, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%s %s %s — IPCC %s GWP100%n",
                r.demand().amount(),
                r.demand().product(),
                "(process system)",
                r.gwpSet());
        out.println();
        row(out, "Total (kg CO2e)", r.total(), r.total());
        out.println();
        out.println("By gas");
        r.inventory()
                .forEach(g -> row(
                        out,
                        String.format(Locale.ROOT, "  %s (%s kg)", g.gas(), fmt(g.kgGas())),
                        g.kgCo2e(),
                        r.total()));
        out.println();
        for (ImpactResult i : r.impacts()) {
            out.printf(
                    Locale.ROOT,
                    "%s: %s %s (a method of its own, not in kg CO2e)%n",
                    i.method(),
                    fmt(i.total()),
                    i.unit());
        }
        if (!r.impacts().isEmpty()) {
            out.println();
        }
        out.println("Top contributors (direct emissions of each process)");
        for (ProcessContribution c : r.topContributors(top)) {
            row(out, "  " + c.process(), c.kgCo2e(), r.total());
        }
        for (String w : r.warnings()) {
            out.println("Note: " + w);
        }
    }

    private static void row(PrintStream out, String label, double kg, double total) {
        String share = total == 0 ? "" : String.format(Locale.ROOT, "%6.1f %%", 100 * kg / total);
        List<String> lines = wrap(label);
        for (int i = 0; i < lines.size() - 1; i++) {
            out.println(lines.get(i));
        }
        out.printf(Locale.ROOT, "%-" + LABEL + "s %14s %s%n", lines.get(lines.size() - 1), fmt(kg), share);
    }

    /**
     * A label in lines of at most {@value #LABEL} characters, broken between words (a word longer than a line is
     * broken where it must); lines after the first are indented like the first.
     */
    static List<String> wrap(String label) {
        String indent = label.substring(0, label.length() - label.stripLeading().length()) + "   ";
        List<String> out = new ArrayList<>();
        String rest = label;
        while (rest.length() > LABEL) {
            int cut = rest.lastIndexOf(' ', LABEL);
            if (cut <= indent.length()) {
                cut = LABEL;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut).strip();
        }
        out.add(rest);
        return out;
    }

    /** Six significant digits, in plain notation: 0.000123457, 1234.57, 9106.92. */
    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
