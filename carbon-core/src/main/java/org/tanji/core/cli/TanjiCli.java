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
import org.tanji.core.calc.solver.SystemMonteCarlo;
import org.tanji.core.calc.solver.SystemResult;
import org.tanji.core.calc.solver.SystemSolver;
import org.tanji.core.error.FootprintException;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.io.BomImport;
import org.tanji.core.io.FactorFile;
import org.tanji.core.io.ModelDocument;
import org.tanji.core.io.ModelJson;
import org.tanji.core.io.ProcessJson;
import org.tanji.core.io.ResultJson;
import org.tanji.core.io.SystemResultJson;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.ElectricityMethod;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.uncertainty.MonteCarlo;
import org.tanji.core.uncertainty.Uncertainties;

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
        // POI logs through Log4j's API; without a provider Log4j complains on stderr, which scripts would read as
        // output
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
            Input input = input(o);
            FootprintResult result = FootprintCalculator.using(factors(o)).calculate(input.setup());
            ResultTable.print(result, o.top(), out);
            if (o.monteCarlo() > 0) {
                Uncertainties defaults = Uncertainties.fromDataQuality(result);
                Uncertainties used = input.uncertainties().over(defaults);
                MonteCarlo mc = MonteCarlo.of(input.setup().model(), result, used);
                int fromModel = input.uncertainties().activities().size()
                        + input.uncertainties().factors().size();
                UncertaintyReport.print(
                        mc,
                        fromModel,
                        used.factors().size() - input.uncertainties().factors().size(),
                        mc.run(o.monteCarlo(), o.seed()),
                        o.top(),
                        out);
            }
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
        SystemSolver solver = SystemSolver.of(file.system(), GwpSet.named(o.gwpSet()), file.methods());
        SystemResult result = solver.solve(file.demand());
        ResultTable.print(result, o.top(), out);
        if (o.monteCarlo() > 0) {
            out.println();
            out.printf(
                    Locale.ROOT,
                    "Monte Carlo: %d iterations, seed %d; %d exchange(s) with a stated uncertainty%n",
                    o.monteCarlo(),
                    o.seed(),
                    file.uncertainties().size());
            UncertaintyReport.statistics(
                    SystemMonteCarlo.of(solver, file.uncertainties()).run(file.demand(), o.monteCarlo(), o.seed()),
                    out);
        }
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

    /** What the command line calculates, and the uncertainty its file states. */
    private record Input(CalculationSetup setup, Uncertainties uncertainties) {}

    private static Input input(CliOptions o) {
        String name = o.model().getFileName().toString().toLowerCase(Locale.ROOT);
        ModelDocument doc;
        if (name.endsWith(".json")) {
            doc = ModelJson.readDocument(o.model());
        } else if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
            String product =
                    o.product() != null ? o.product() : o.model().getFileName().toString();
            BomImport.ImportedBom bom = BomImport.read(o.model(), o.sheet());
            doc = new ModelDocument(
                    bom.toModel(product, declaredUnit(o.declaredUnit()), SystemBoundary.parse(o.boundary())),
                    bom.uncertainties());
        } else {
            throw new IllegalArgumentException(o.model() + " is neither .json nor .csv nor .xlsx");
        }
        CalculationSetup setup = CalculationSetup.of(doc.model())
                .withGwpSet(GwpSet.named(o.gwpSet()))
                .withElectricityMethod(ElectricityMethod.ofKey(o.electricity()));
        return new Input(
                o.excludeOutsideBoundary() ? setup.excludingStagesOutsideBoundary() : setup, doc.uncertainties());
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
