package org.tanji.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The parsed command line; a usage error is an {@link IllegalArgumentException} with the reason. */
record CliOptions(
        Path model,
        List<Path> factorFiles,
        Path out,
        String gwpSet,
        String electricity,
        boolean excludeOutsideBoundary,
        int top,
        String product,
        String declaredUnit,
        String boundary,
        String sheet,
        int monteCarlo,
        long seed,
        boolean help) {

    static final String USAGE = String.join(
            "\n",
            "Usage: tanji [options] MODEL",
            "  MODEL                         a footprint model (.json) or a BOM spreadsheet (.csv, .xlsx)",
            "Options:",
            "  --factors FILE                emission factors (.csv or .json); repeatable; needed for a BOM spreadsheet",
            "  --out FILE                    write the full result (every line's trail) as JSON",
            "  --gwp AR6|AR5|AR5-cc|AR4|SAR  GWP100 set gases are characterised with (default AR6; AR5-cc is AR5 with",
            "                                climate-carbon feedbacks); CO2e a factor states keeps the set it was made with",
            "                                (gwp_set AR6|AR5|AR5-cc|AR4|SAR|unstated), shown on each line",
            "  --electricity location-based|market-based   figure the total uses (default location-based)",
            "  --exclude-outside-boundary    leave out activities outside the system boundary instead of failing",
            "  --top N                       top contributors to print (default 5)",
            "  --monte-carlo N               also run N Monte Carlo iterations with the uncertainty the model states",
            "                                (factors without one: lognormals from their data-quality ratings)",
            "  --seed S                      Monte Carlo seed (default 1; the same seed gives the same numbers)",
            "  For a BOM spreadsheet:",
            "  --product NAME                product name (default: the file name)",
            "  --declared-unit \"1 piece\"     declared unit (default 1 piece)",
            "  --boundary cradle-to-gate|gate-to-gate|cradle-to-grave|STAGE,STAGE…   (default cradle-to-gate; a custom",
            "                                boundary lists its stages, e.g. production,end-of-life)",
            "  --sheet NAME                  XLSX sheet (default: the first)",
            "Exit status: 0 done, 1 bad input (the reason is printed in one line), 2 bad command line.");

    static CliOptions parse(String... args) {
        Path model = null;
        List<Path> factors = new ArrayList<>();
        Path out = null;
        String gwp = "AR6";
        String electricity = "location-based";
        boolean exclude = false;
        int top = 5;
        String product = null;
        String declaredUnit = "1 piece";
        String boundary = "cradle-to-gate";
        String sheet = null;
        int monteCarlo = 0;
        long seed = 1;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h":
                case "--help":
                    help = true;
                    break;
                case "--factors":
                    factors.add(Path.of(value(args, ++i, a)));
                    break;
                case "--out":
                    out = Path.of(value(args, ++i, a));
                    break;
                case "--gwp":
                    gwp = value(args, ++i, a);
                    break;
                case "--electricity":
                    electricity = value(args, ++i, a);
                    break;
                case "--exclude-outside-boundary":
                    exclude = true;
                    break;
                case "--top":
                    top = wholeNumber(value(args, ++i, a), a);
                    break;
                case "--product":
                    product = value(args, ++i, a);
                    break;
                case "--declared-unit":
                    declaredUnit = value(args, ++i, a);
                    break;
                case "--boundary":
                    boundary = value(args, ++i, a);
                    break;
                case "--sheet":
                    sheet = value(args, ++i, a);
                    break;
                case "--monte-carlo":
                    monteCarlo = wholeNumber(value(args, ++i, a), a);
                    if (monteCarlo < 2) {
                        throw new IllegalArgumentException("--monte-carlo needs at least 2 iterations");
                    }
                    break;
                case "--seed":
                    seed = wholeNumber(value(args, ++i, a), a);
                    break;
                default:
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    if (model != null) {
                        throw new IllegalArgumentException("one MODEL only; got " + model + " and " + a);
                    }
                    model = Path.of(a);
            }
        }
        if (model == null && !help) {
            throw new IllegalArgumentException("no MODEL given");
        }
        return new CliOptions(
                model,
                factors,
                out,
                gwp,
                electricity,
                exclude,
                top,
                product,
                declaredUnit,
                boundary,
                sheet,
                monteCarlo,
                seed,
                help);
    }

    private static int wholeNumber(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
