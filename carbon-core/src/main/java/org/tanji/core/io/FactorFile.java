package org.tanji.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tanji.core.error.FootprintException;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.factor.Provenance;
import org.tanji.core.io.SheetRows.SheetRow;

/**
 * Reads a user's own emission factors from CSV, one row per gas of a factor (rows with the same id form one
 * factor), or from JSON ({@code {"factors": [...]}} in the footprint-model format).
 *
 * <p>CSV columns: {@code id, unit, gas, amount} (required) and {@code name, gwp_set, source, dataset, version,
 * region, year, licence, primary}. {@code gas} is a gas code ({@code CO2-fossil}, {@code CH4-biogenic},
 * {@code N2O} …) with {@code amount} in kg of gas per unit, or {@code CO2e} (fossil) / {@code CO2e:<category>}
 * with {@code amount} in kg CO2e per unit made with {@code gwp_set}.
 *
 * <pre>{@code
 * List<EmissionFactor> mine = FactorFile.read(Path.of("supplier-factors.csv"));
 * }</pre>
 */
public final class FactorFile {
  private FactorFile() {}

  public static List<EmissionFactor> read(Path file) {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
        return ModelJsonReader.factors(ModelJson.tree(in, name));
      }
      return readCsv(in, name);
    } catch (IOException e) {
      throw new ModelFormatException(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
  }

  public static List<EmissionFactor> readCsv(InputStream in, String fileName) {
    SheetRows t = SheetRows.csv(in, fileName);
    t.requireColumns("id", "unit", "gas", "amount");
    Map<String, EmissionFactor.Builder> builders = new LinkedHashMap<>();
    Map<String, String> units = new LinkedHashMap<>();
    for (SheetRow row : t.rows) {
      String id = t.text(row, "id");
      if (id.isEmpty()) {
        throw t.error(row, "id", "is empty; every factor needs an id");
      }
      String unit = t.text(row, "unit");
      EmissionFactor.Builder b = builders.get(id);
      if (b == null) {
        b = at(t, row, "unit", () -> EmissionFactor.builder(id, unit));
        builders.put(id, b);
        units.put(id, unit);
        b.name(t.text(row, "name").isEmpty() ? id : t.text(row, "name"));
        String year = t.text(row, "year");
        b.provenance(new Provenance(orNull(t.text(row, "source")) == null ? fileName : t.text(row, "source"),
            orNull(t.text(row, "dataset")), orNull(t.text(row, "version")), orNull(t.text(row, "region")),
            year.isEmpty() ? null : (int) t.number(row, "year", null), orNull(t.text(row, "licence"))));
        b.primary(Boolean.parseBoolean(t.text(row, "primary")));
      } else if (!units.get(id).equals(unit)) {
        throw t.error(row, "unit", "is '" + unit + "' but factor '" + id + "' was first given per '"
            + units.get(id) + "'");
      }
      addGas(t, row, b);
    }
    List<EmissionFactor> out = new ArrayList<>();
    for (EmissionFactor.Builder b : builders.values()) {
      out.add(b.build());
    }
    return out;
  }

  private static void addGas(SheetRows t, SheetRow row, EmissionFactor.Builder b) {
    String gas = t.text(row, "gas");
    double amount = t.number(row, "amount", null);
    if (gas.toUpperCase(Locale.ROOT).startsWith("CO2E")) {
      String category = gas.contains(":") ? gas.substring(gas.indexOf(':') + 1) : "fossil";
      EmissionCategory c = at(t, row, "gas", () -> EmissionCategory.ofKey(category));
      String set = t.text(row, "gwp_set");
      if (set.isEmpty()) {
        throw t.error(row, "gwp_set", "is empty; a CO2e amount must name the GWP set it was made with (AR6, AR5,"
            + " AR4)");
      }
      GwpSet g = at(t, row, "gwp_set", () -> GwpSet.named(set));
      at(t, row, "amount", () -> b.co2e(c, amount, g));
    } else {
      Gas g = at(t, row, "gas", () -> Gas.of(gas));
      at(t, row, "amount", () -> b.gas(g, amount));
    }
  }

  private static String orNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static <T> T at(SheetRows t, SheetRow row, String column, java.util.function.Supplier<T> f) {
    try {
      return f.get();
    } catch (FootprintException | IllegalArgumentException e) {
      throw t.error(row, column, e.getMessage());
    }
  }
}
