package org.tanji.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.measure.IncommensurableException;
import javax.measure.Unit;
import org.tanji.core.error.FootprintException;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.factor.Provenance;
import org.tanji.core.io.SheetRows.SheetRow;
import org.tanji.core.unit.ActivityUnits;
import org.tanji.core.unit.UnitConversion;

/**
 * Reads emission factors from CSV, one row per gas of a factor (the rows of one factor follow each other), or
 * from JSON ({@code {"factors": [...]}} in the footprint-model format).
 *
 * <p>CSV columns: {@code id, unit, gas, amount} (required) and {@code name, gwp_set, amount_unit, source,
 * dataset, version, region, year, licence, primary}. {@code gas} is a gas code ({@code CO2-fossil},
 * {@code CH4-biogenic}, {@code N2O} …) with {@code amount} in kg of gas per unit, or {@code CO2e} (fossil) /
 * {@code CO2e:<category>} with {@code amount} in kg CO2e per unit made with {@code gwp_set} ({@code AR6},
 * {@code AR5}, {@code AR4}, or {@code unstated} when the publisher does not say which). {@code amount_unit}
 * (default kg) lets a row keep a publisher's number in grams, pounds or tonnes, and as the mass of an element
 * where publishers state it so: {@code kg N2O-N} (× 44/28), {@code kg C} for CO2 (× 44/12) or CH4 (× 16/12). Amounts are zero or more, except
 * CO2e of biogenic removals, which is zero or less.
 *
 * <pre>{@code
 * List<EmissionFactor> mine = FactorFile.read(Path.of("supplier-factors.csv"));
 * }</pre>
 */
public final class FactorFile {
    private static final Pattern ELEMENT_BASIS = Pattern.compile(".+\\s(?:[A-Za-z0-9]+-)?([NC])");

    private FactorFile() {}

    public static List<EmissionFactor> read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                return new ModelJsonReader(ModelJson.tree(in, name)).factors();
            }
            return readCsv(in, name);
        } catch (IOException e) {
            throw new ModelFormatException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    public static List<EmissionFactor> readCsv(InputStream in, String fileName) {
        return readCsv(in, fileName, new Provenance(fileName, null, null, null, null, null), (f, cells) -> {});
    }

    /**
     * Reads factors whose rows may leave provenance columns out: {@code defaults} fills them. {@code firstRow}
     * receives each factor with the cells of its first row, for columns this reader does not interpret.
     */
    public static List<EmissionFactor> readCsv(
            InputStream in,
            String fileName,
            Provenance defaults,
            BiConsumer<EmissionFactor, Map<String, String>> firstRow) {
        SheetRows t = SheetRows.csv(in, fileName);
        t.requireColumns("id", "unit", "gas", "amount");
        List<EmissionFactor> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<SheetRow> rowsOfFactor = new ArrayList<>();
        for (SheetRow row : t.rows) {
            String id = t.text(row, "id");
            if (id.isEmpty()) {
                throw t.error(row, "id", "is empty; every factor needs an id");
            }
            if (!rowsOfFactor.isEmpty() && !id.equals(t.text(rowsOfFactor.get(0), "id"))) {
                out.add(factor(t, rowsOfFactor, defaults, firstRow));
                done.add(t.text(rowsOfFactor.get(0), "id"));
                rowsOfFactor.clear();
            }
            if (done.contains(id)) {
                throw t.error(
                        row,
                        "id",
                        "'" + id + "' was defined by earlier rows; ids must be unique and the rows of one"
                                + " factor must follow each other");
            }
            rowsOfFactor.add(row);
        }
        if (!rowsOfFactor.isEmpty()) {
            out.add(factor(t, rowsOfFactor, defaults, firstRow));
        }
        return out;
    }

    private static EmissionFactor factor(
            SheetRows t,
            List<SheetRow> rows,
            Provenance defaults,
            BiConsumer<EmissionFactor, Map<String, String>> firstRow) {
        SheetRow first = rows.get(0);
        String id = t.text(first, "id");
        String unit = t.text(first, "unit");
        EmissionFactor.Builder b = at(t, first, "unit", () -> EmissionFactor.builder(id, unit));
        b.name(t.text(first, "name").isEmpty() ? id : t.text(first, "name"));
        String year = t.text(first, "year");
        b.provenance(new Provenance(
                or(t.text(first, "source"), defaults.source()),
                or(t.text(first, "dataset"), defaults.dataset()),
                or(t.text(first, "version"), defaults.version()),
                or(t.text(first, "region"), defaults.region()),
                year.isEmpty() ? defaults.year() : Integer.valueOf((int) t.number(first, "year", null)),
                or(t.text(first, "licence"), defaults.licence())));
        b.primary(Boolean.parseBoolean(t.text(first, "primary")));
        Set<String> gases = new HashSet<>();
        for (SheetRow row : rows) {
            if (!t.text(row, "unit").equals(unit)) {
                throw t.error(
                        row, "unit", "is '" + t.text(row, "unit") + "' but factor '" + id + "' is per '" + unit + "'");
            }
            if (!gases.add(t.text(row, "gas"))) {
                throw t.error(row, "gas", "'" + t.text(row, "gas") + "' is given twice for factor '" + id + "'");
            }
            addGas(t, row, b);
        }
        EmissionFactor f = at(t, first, "gas", b::build);
        firstRow.accept(f, first.cells());
        return f;
    }

    private static void addGas(SheetRows t, SheetRow row, EmissionFactor.Builder b) {
        String gas = t.text(row, "gas");
        double amount = t.number(row, "amount", null) * toKilograms(t, row);
        String element = elementBasis(t.text(row, "amount_unit"));
        if (gas.toUpperCase(Locale.ROOT).startsWith("CO2E")) {
            if (element != null) {
                throw t.error(
                        row,
                        "amount_unit",
                        "is '" + t.text(row, "amount_unit") + "', a mass of " + element + "; a"
                                + " CO2e amount is already characterised and has no element basis: write kg, g, lb or t");
            }
            String category = gas.contains(":") ? gas.substring(gas.indexOf(':') + 1) : "fossil";
            EmissionCategory c = at(t, row, "gas", () -> EmissionCategory.ofKey(category));
            checkSign(t, row, amount, c == EmissionCategory.BIOGENIC_REMOVAL);
            String set = t.text(row, "gwp_set");
            if (set.isEmpty()) {
                throw t.error(
                        row,
                        "gwp_set",
                        "is empty; a CO2e amount must name the GWP set it was made with (AR6, AR5,"
                                + " AR5-cc, AR4, SAR, or unstated when the publisher does not say: such CO2e is kept as stated, with a warning)");
            }
            GwpSet g = at(t, row, "gwp_set", () -> GwpSet.named(set));
            at(t, row, "amount", () -> b.co2e(c, amount, g));
        } else {
            Gas g = at(t, row, "gas", () -> Gas.of(gas));
            double kgGas = element == null ? amount : amount * at(t, row, "amount_unit", () -> g.perKgOf(element));
            checkSign(t, row, kgGas, false);
            at(t, row, "amount", () -> b.gas(g, kgGas));
        }
    }

    private static void checkSign(SheetRows t, SheetRow row, double amount, boolean removal) {
        if (removal ? amount > 0 : amount < 0) {
            throw t.error(
                    row,
                    "amount",
                    "is " + amount + "; "
                            + (removal
                                    ? "CO2e of a biogenic removal is zero or less"
                                    : "an emission factor is zero or more (model credits as avoided products)"));
        }
    }

    /**
     * The element an amount is stated as, from an amount unit such as {@code kg N2O-N}, {@code t N} or {@code kg C}:
     * the part after the mass unit, without the gas ({@code N}, {@code C}); null for a plain mass.
     */
    private static String elementBasis(String amountUnit) {
        Matcher m = ELEMENT_BASIS.matcher(amountUnit);
        return m.matches() ? m.group(1) : null;
    }

    private static double toKilograms(SheetRows t, SheetRow row) {
        String full = t.text(row, "amount_unit");
        String symbol = elementBasis(full) == null
                ? full
                : full.substring(0, full.lastIndexOf(' ')).strip();
        if (symbol.isEmpty() || symbol.equals("kg")) {
            return 1;
        }
        Unit<?> unit = at(t, row, "amount_unit", () -> ActivityUnits.parse(symbol));
        try {
            return UnitConversion.multiplier(unit, ActivityUnits.KILOGRAM);
        } catch (IncommensurableException e) {
            throw t.error(row, "amount_unit", "is '" + symbol + "'; the amount of a gas must be a mass (kg, g, lb, t)");
        }
    }

    private static String or(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static <T> T at(SheetRows t, SheetRow row, String column, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (FootprintException | IllegalArgumentException e) {
            throw t.error(row, column, e.getMessage());
        }
    }
}
