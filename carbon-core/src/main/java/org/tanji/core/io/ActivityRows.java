package org.tanji.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tanji.core.error.FootprintException;
import org.tanji.core.factor.Gas;
import org.tanji.core.io.SheetRows.SheetRow;
import org.tanji.core.model.Activity;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DirectEmission;
import org.tanji.core.model.Electricity;
import org.tanji.core.model.EndOfLife;
import org.tanji.core.model.EndOfLife.EndOfLifeRoute;
import org.tanji.core.model.EndOfLife.Treatment;
import org.tanji.core.model.Input;
import org.tanji.core.model.InputKind;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.TransportLeg;
import org.tanji.core.model.UsePhase;
import org.tanji.core.unit.ActivityUnits;

/**
 * The activity rows of a BOM sheet: a row whose {@code activity} column is filled is not a BOM line but something
 * the part in {@code part} needs or causes per unit of it, of any activity type, in the same columns as far as
 * they go:
 *
 * <ul>
 *   <li>{@code kind}: material, packaging, fuel, process, spend, electricity, transport, use, end-of-life or
 *       emission;
 *   <li>{@code amount} and {@code unit}: the amount (a transport leg: the mass carried; use: the energy per use;
 *       end of life: the mass treated; an emission: the mass of gas);
 *   <li>{@code factor}: the emission factor (electricity: the grid's; a route of an end of life: that route's);
 *   <li>transport: {@code distance} with {@code distance_unit} (default km), {@code mode}, {@code empty_return}
 *       (0–1);
 *   <li>use: {@code uses}, the uses over the lifetime;
 *   <li>end of life: {@code treatment} (recycling, landfill, incineration) and {@code share}; one row per route,
 *       the routes of one activity on consecutive rows with the same activity name;
 *   <li>electricity: {@code market_factor}, a contractual instrument's factor (optional);
 *   <li>emission: {@code gas} (CO2-fossil, CH4-biogenic, N2O, SF6 …);
 *   <li>{@code stage} (optional, default the kind's), {@code gsd} and {@code factor_gsd} (optional uncertainty).
 * </ul>
 */
final class ActivityRows {
    private final SheetRows t;
    /** Per part id, its activities in row order; end-of-life routes gather under their activity. */
    private final Map<String, Map<String, Draft>> byPart = new LinkedHashMap<>();

    ActivityRows(SheetRows t) {
        this.t = t;
    }

    /** Reads one activity row of {@code partId}. */
    void add(String partId, SheetRow row) {
        String name = t.text(row, "activity");
        String kind =
                t.text(row, "kind").isEmpty() ? "material" : t.text(row, "kind").toLowerCase(java.util.Locale.ROOT);
        Map<String, Draft> drafts = byPart.computeIfAbsent(partId, k -> new LinkedHashMap<>());
        Draft before = drafts.get(name);
        if (before != null) {
            if (!kind.equals("end-of-life") || !before.kind.equals("end-of-life")) {
                throw t.error(
                        row,
                        "activity",
                        "'" + name + "' is already an activity of part '" + partId + "'; give each"
                                + " activity of a part its own name (only the routes of one end of life share a name)");
            }
            before.routes.add(route(row));
            return;
        }
        drafts.put(name, new Draft(name, kind, row));
        if (kind.equals("end-of-life")) {
            drafts.get(name).routes.add(route(row));
        }
    }

    /** The activities of {@code partId}, in row order. */
    List<Activity> of(String partId) {
        List<Activity> out = new ArrayList<>();
        for (Draft d : byPart.getOrDefault(partId, Map.of()).values()) {
            out.add(d.activity());
        }
        return out;
    }

    /** The rows that state an activity, by part and activity id, for their uncertainty columns. */
    Map<String, Map<String, SheetRow>> rows() {
        Map<String, Map<String, SheetRow>> out = new LinkedHashMap<>();
        byPart.forEach((part, drafts) -> drafts.forEach((name, d) ->
                out.computeIfAbsent(part, k -> new LinkedHashMap<>()).put(name, d.row)));
        return out;
    }

    boolean hasActivities(String partId) {
        return byPart.containsKey(partId);
    }

    private EndOfLifeRoute route(SheetRow row) {
        Treatment treatment = at(row, "treatment", () -> Treatment.ofKey(required(row, "treatment")));
        double share = t.number(row, "share", null);
        return at(row, "share", () -> new EndOfLifeRoute(treatment, share, required(row, "factor")));
    }

    private String required(SheetRow row, String column) {
        String v = t.text(row, column);
        if (v.isEmpty()) {
            throw t.error(row, column, "is empty; a " + t.text(row, "kind") + " activity needs it");
        }
        return v;
    }

    private Amount amount(SheetRow row, String valueColumn, String unitColumn, String defaultUnit) {
        double value = t.number(row, valueColumn, null);
        String unit = t.text(row, unitColumn).isEmpty() ? defaultUnit : t.text(row, unitColumn);
        if (unit == null) {
            throw t.error(row, unitColumn, "is empty; the amount needs its unit");
        }
        return at(row, unitColumn, () -> new Amount(value, ActivityUnits.parse(unit)));
    }

    private <T> T at(SheetRow row, String column, Supplier<T> f) {
        try {
            return f.get();
        } catch (FootprintException | IllegalArgumentException e) {
            throw t.error(row, column, e.getMessage());
        }
    }

    /** One activity as its first row states it. */
    private final class Draft {
        final String name;
        final String kind;
        final SheetRow row;
        final List<EndOfLifeRoute> routes = new ArrayList<>();

        Draft(String name, String kind, SheetRow row) {
            this.name = name;
            this.kind = kind;
            this.row = row;
        }

        Activity activity() {
            String s = t.text(row, "stage");
            LifeCycleStage stage = s.isEmpty() ? null : at(row, "stage", () -> LifeCycleStage.ofKey(s));
            switch (kind) {
                case "electricity": {
                    Amount kWh = amount(row, "amount", "unit", "kWh");
                    String market = t.text(row, "market_factor");
                    return at(
                            row,
                            "factor",
                            () -> new Electricity(
                                    name, stage, kWh, required(row, "factor"), market.isEmpty() ? null : market));
                }
                case "transport": {
                    Amount mass = amount(row, "amount", "unit", null);
                    Amount distance = amount(row, "distance", "distance_unit", "km");
                    double emptyReturn = t.number(row, "empty_return", 0.0);
                    String mode = t.text(row, "mode");
                    return at(
                            row,
                            "amount",
                            () -> new TransportLeg(
                                    name,
                                    stage,
                                    mass,
                                    distance,
                                    mode.isEmpty() ? null : mode,
                                    emptyReturn,
                                    required(row, "factor")));
                }
                case "use": {
                    Amount perUse = amount(row, "amount", "unit", "kWh");
                    double uses = t.number(row, "uses", null);
                    return at(row, "uses", () -> new UsePhase(name, perUse, uses, required(row, "factor")));
                }
                case "end-of-life": {
                    Amount mass = amount(row, "amount", "unit", null);
                    return at(row, "share", () -> new EndOfLife(name, mass, routes));
                }
                case "emission": {
                    Gas gas = at(row, "gas", () -> Gas.of(required(row, "gas")));
                    Amount mass = amount(row, "amount", "unit", "kg");
                    return at(row, "amount", () -> new DirectEmission(name, stage, gas, mass));
                }
                default: {
                    InputKind k = at(row, "kind", () -> ofKind(kind));
                    Amount amount = amount(row, "amount", "unit", null);
                    return at(row, "amount", () -> new Input(name, k, stage, amount, required(row, "factor"), null));
                }
            }
        }
    }

    private static InputKind ofKind(String kind) {
        try {
            return InputKind.ofKey(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + kind + "': use material, packaging, fuel, process,"
                    + " spend, electricity, transport, use, end-of-life or emission");
        }
    }
}
