package org.tanji.core.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tanji.core.calc.CalculationSetup;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.calc.solver.SystemResult;
import org.tanji.core.calc.solver.SystemSolver;
import org.tanji.core.error.FootprintException;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.io.BomImport;
import org.tanji.core.io.FactorFile;
import org.tanji.core.io.ModelJson;
import org.tanji.core.io.ProcessJson;
import org.tanji.core.io.ResultJson;
import org.tanji.core.io.SystemResultJson;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.ElectricityMethod;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.result.FootprintResult;

/**
 * {@code java -jar tanji-cli.jar [options] MODEL}: calculates a footprint model (JSON) or a BOM spreadsheet with
 * factor files, prints a table and optionally writes the full result as JSON. Exit status 0 done, 1 bad input, 2
 * bad command line; on failure one line on standard error says why.
 */
public final class TanjiCli {
  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;

  private TanjiCli() {}

  public static void main(String[] args) {
    // POI logs through Log4j's API; without a provider Log4j complains on stderr, which scripts would read as output
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CliOptions o;
    try {
      o = CliOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("tanji: " + e.getMessage() + " (tanji --help shows the options)");
      return USAGE;
    }
    if (o.help()) {
      out.println(CliOptions.USAGE);
      return OK;
    }
    try {
      if (o.model().getFileName().toString().endsWith(".json") && ProcessJson.isProcessSystem(o.model())) {
        return solveProcessSystem(o, out);
      }
      FootprintResult result = FootprintCalculator.using(factors(o)).calculate(setup(o));
      ResultTable.print(result, o.top(), out);
      if (o.out() != null) {
        try (OutputStream json = Files.newOutputStream(o.out())) {
          ResultJson.write(result, json);
        }
        out.println("Full result written to " + o.out());
      }
      return OK;
    } catch (FootprintException | IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
      err.println("tanji: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private static int solveProcessSystem(CliOptions o, PrintStream out) throws IOException {
    ProcessJson.ProcessSystemFile file = ProcessJson.read(o.model());
    SystemResult result = SystemSolver.of(file.system(), GwpSet.named(o.gwpSet())).solve(file.demand());
    ResultTable.print(result, o.top(), out);
    if (o.out() != null) {
      Files.writeString(o.out(), SystemResultJson.write(result));
      out.println("Full result written to " + o.out());
    }
    return OK;
  }

  private static FactorSource factors(CliOptions o) {
    List<EmissionFactor> all = new ArrayList<>();
    for (Path p : o.factorFiles()) {
      all.addAll(FactorFile.read(p));
    }
    return FactorSource.of(all);
  }

  private static CalculationSetup setup(CliOptions o) {
    String name = o.model().getFileName().toString().toLowerCase(Locale.ROOT);
    FootprintModel model;
    if (name.endsWith(".json")) {
      model = ModelJson.read(o.model());
    } else if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
      String product = o.product() != null ? o.product() : o.model().getFileName().toString();
      model = BomImport.read(o.model(), o.sheet())
          .toModel(product, declaredUnit(o.declaredUnit()), SystemBoundary.parse(o.boundary()));
    } else {
      throw new IllegalArgumentException(o.model() + " is neither .json nor .csv nor .xlsx");
    }
    CalculationSetup setup = CalculationSetup.of(model)
        .withGwpSet(GwpSet.named(o.gwpSet()))
        .withElectricityMethod(ElectricityMethod.ofKey(o.electricity()));
    return o.excludeOutsideBoundary() ? setup.excludingStagesOutsideBoundary() : setup;
  }

  private static DeclaredUnit declaredUnit(String text) {
    String[] parts = text.strip().split("\\s+", 2);
    try {
      double value = Double.parseDouble(parts[0]);
      return new DeclaredUnit(Amount.of(value, parts.length > 1 ? parts[1] : "piece"), null);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--declared-unit must be an amount and a unit such as \"1 piece\"");
    }
  }
}
