package org.tanji.core.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.tanji.core.calc.solver.ProcessContribution;
import org.tanji.core.calc.solver.SystemResult;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.result.CategoryTotals;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.result.LineResult;

/** Prints a footprint as a table a person reads: total, categories, stages, electricity, top contributors. */
final class ResultTable {
  private ResultTable() {}

  static void print(FootprintResult r, int top, PrintStream out) {
    out.printf(Locale.ROOT, "%s — %s, per %s, IPCC %s GWP100%n", r.product(), r.boundary().description(),
        r.declaredUnit(), r.gwpSet());
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
    out.printf(Locale.ROOT, "Electricity: location-based %.4f, market-based %.4f kg CO2e (total uses %s)%n",
        r.electricity().locationBasedKgCo2e(), r.electricity().marketBasedKgCo2e(),
        r.electricity().usedInTotal().key());
    out.printf(Locale.ROOT, "Primary data share: %.1f %%%n", r.primaryDataShare() * 100);
    out.println();
    out.println("Top contributors");
    int rank = 1;
    for (LineResult l : r.hotspots(top)) {
      row(out, String.format(Locale.ROOT, "  %d. %s", rank++, l.lineId()), l.kgCo2e(), r.total());
      out.printf(Locale.ROOT, "       %.6g %s × %.6g kg CO2e/%s = %s (%s)%n", l.amountInFactorUnit(), l.factorUnit(),
          l.factorKgCo2ePerUnit(), l.factorUnit(), l.factorId(),
          l.factorProvenance().datasetVersion());
    }
    for (String w : r.warnings()) {
      out.println("Note: " + w);
    }
  }

  static void print(SystemResult r, int top, PrintStream out) {
    out.printf(Locale.ROOT, "%s %s %s — IPCC %s GWP100%n", r.demand().amount(), r.demand().product(),
        "(process system)", r.gwpSet());
    out.println();
    row(out, "Total (kg CO2e)", r.total(), r.total());
    out.println();
    out.println("By gas");
    r.inventory().forEach(g -> row(out, String.format(Locale.ROOT, "  %s (%.6g kg)", g.gas(), g.kgGas()),
        g.kgCo2e(), r.total()));
    out.println();
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
    out.printf(Locale.ROOT, "%-52s %14s %s%n", label.length() > 52 ? label.substring(0, 49) + "..." : label,
        fmt(kg), share);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
