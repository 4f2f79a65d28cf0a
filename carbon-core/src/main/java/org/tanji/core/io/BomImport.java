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
import javax.measure.Unit;
import org.tanji.core.error.FootprintException;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.io.SheetRows.SheetRow;
import org.tanji.core.model.Activity;
import org.tanji.core.model.Amount;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.Electricity;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.InputKind;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.Part;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.uncertainty.Uncertainties;
import org.tanji.core.uncertainty.Uncertainty;
import org.tanji.core.unit.ActivityUnits;

/**
 * Imports a bill of materials from a CSV file or an XLSX sheet, one row per BOM line:
 *
 * <table>
 *   <caption>BOM columns</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>part</td><td>the part's id (required)</td></tr>
 *   <tr><td>parent</td><td>the parent part's id; empty for the product itself (exactly one row)</td></tr>
 *   <tr><td>quantity</td><td>units of the part per unit of the parent (for the product: per declared unit, default
 *       1)</td></tr>
 *   <tr><td>unit</td><td>the part's unit (default piece)</td></tr>
 *   <tr><td>scrap</td><td>share of the part lost in making the parent, 0–1 or a percentage</td></tr>
 *   <tr><td>factor</td><td>emission factor applied to each unit of the part (optional)</td></tr>
 *   <tr><td>kind</td><td>material (default), packaging, fuel, process, spend or electricity</td></tr>
 *   <tr><td>stage</td><td>life-cycle stage (default: the kind's)</td></tr>
 *   <tr><td>name</td><td>the part's name</td></tr>
 *   <tr><td>gsd</td><td>optional: geometric standard deviation of the part's own emissions (its amount × factor),
 *       a lognormal around the stated value, for Monte Carlo</td></tr>
 *   <tr><td>factor_gsd</td><td>optional: geometric standard deviation of the row's emission factor, a lognormal
 *       around its stated value</td></tr>
 * </table>
 *
 * <p>A part used by several parents appears once per parent; its unit, factor and kind are given where it first
 * appears; its line in the result is labelled with its name. A row with an {@code activity} name is not a BOM line
 * but an activity of its part — any type: electricity, transport legs, the use phase, end-of-life routes, direct
 * emissions — in the columns {@link ActivityRows} lists; {@code examples/templates/bom-template.csv} has one of
 * each. Errors name the file, sheet, row and column.
 *
 * <pre>{@code
 * FootprintModel m = BomImport.read(Path.of("chair-bom.xlsx"), null)
 *     .toModel("Office chair", DeclaredUnit.of(1, "piece", "one chair"), SystemBoundary.CRADLE_TO_GATE);
 * }</pre>
 */
public final class BomImport {
    /** Every column a BOM sheet reads, in the order the templates use (other columns are left unread). */
    public static final List<String> COLUMNS = List.of(
            "part",
            "parent",
            "name",
            "quantity",
            "unit",
            "scrap",
            "factor",
            "kind",
            "stage",
            "activity",
            "amount",
            "distance",
            "distance_unit",
            "mode",
            "empty_return",
            "uses",
            "treatment",
            "share",
            "market_factor",
            "gas",
            "gsd",
            "factor_gsd");

    /**
     * The parts of an imported BOM, its root, how many roots one declared unit is, and the uncertainty its
     * {@code gsd} and {@code factor_gsd} columns state.
     */
    public record ImportedBom(String rootPartId, double referenceFlow, List<Part> parts, Uncertainties uncertainties) {
        public FootprintModel toModel(String product, DeclaredUnit declaredUnit, SystemBoundary boundary) {
            return FootprintModel.builder(product)
                    .declaredUnit(declaredUnit)
                    .boundary(boundary)
                    .root(rootPartId)
                    .referenceFlow(referenceFlow)
                    .parts(parts)
                    .build();
        }
    }

    private BomImport() {}

    /** Reads a {@code .csv} or {@code .xlsx} file; {@code sheet} picks the XLSX sheet (null: the first). */
    public static ImportedBom read(Path file, String sheet) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(in, name) : readXlsx(in, name, sheet);
        } catch (IOException e) {
            throw new ModelFormatException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    public static ImportedBom readCsv(InputStream in, String fileName) {
        return interpret(SheetRows.csv(in, fileName));
    }

    public static ImportedBom readXlsx(InputStream in, String fileName, String sheet) {
        return interpret(SheetRows.xlsx(in, fileName, sheet));
    }

    private static ImportedBom interpret(SheetRows t) {
        t.requireColumns("part", "parent", "quantity");
        Map<String, PartDraft> drafts = new LinkedHashMap<>();
        ActivityRows activityRows = new ActivityRows(t);
        String root = null;
        double referenceFlow = 1;
        for (SheetRow row : t.rows) {
            String id = t.text(row, "part");
            if (id.isEmpty()) {
                throw t.error(row, "part", "is empty; every row needs the part's id");
            }
            if (!t.text(row, "activity").isEmpty()) {
                activityRows.add(id, row);
                continue;
            }
            String parent = t.text(row, "parent");
            double quantity = t.number(row, "quantity", parent.isEmpty() ? 1.0 : null);
            if (quantity < 0) {
                throw t.error(row, "quantity", "is " + quantity + "; a BOM quantity must be zero or more");
            }
            PartDraft draft = drafts.get(id);
            if (draft == null) {
                draft = new PartDraft(id, row, t);
                drafts.put(id, draft);
            } else {
                draft.checkSameDefinition(row, t);
            }
            if (parent.isEmpty()) {
                if (root != null) {
                    throw t.error(
                            row,
                            "parent",
                            "is empty, but '" + root + "' is already the product (the row with no"
                                    + " parent); give this part its parent");
                }
                root = id;
                referenceFlow = quantity;
            } else {
                double scrap = t.number(row, "scrap", 0.0);
                if (!(scrap >= 0 && scrap < 1)) {
                    throw t.error(row, "scrap", "is " + scrap + "; the scrap rate must be at least 0 and below 1");
                }
                draft.usedBy.add(new Use(parent, new BomLine(id, quantity, scrap), row));
            }
        }
        if (root == null) {
            throw new ModelFormatException(
                    t.where(t.rows.isEmpty() ? new SheetRow(2, Map.of()) : t.rows.get(0), "parent"),
                    "no row has an empty parent; leave the parent of the product itself empty");
        }
        activityRows.rows().forEach((part, rows) -> {
            if (!drafts.containsKey(part)) {
                SheetRow first = rows.values().iterator().next();
                throw t.error(
                        first,
                        "part",
                        "names part '" + part + "', which no BOM row defines; add the part's row (with"
                                + " its parent) before giving it activities");
            }
        });
        Map<String, List<BomLine>> components = new LinkedHashMap<>();
        for (PartDraft d : drafts.values()) {
            for (Use u : d.usedBy) {
                if (!drafts.containsKey(u.parent)) {
                    throw t.error(u.row, "parent", "names part '" + u.parent + "', which no row defines");
                }
                components.computeIfAbsent(u.parent, k -> new ArrayList<>()).add(u.line);
            }
        }
        List<Part> parts = new ArrayList<>();
        Uncertainties.Builder uncertainties = Uncertainties.builder();
        for (PartDraft d : drafts.values()) {
            parts.add(d.toPart(components.getOrDefault(d.id, List.of()), activityRows.of(d.id)));
            d.addUncertainties(uncertainties);
        }
        activityRows
                .rows()
                .forEach((part, rows) -> rows.forEach((activity, row) -> {
                    Uncertainty amount = PartDraft.gsd(t, row, "gsd");
                    Uncertainty factor = PartDraft.gsd(t, row, "factor_gsd");
                    if (amount != null) {
                        uncertainties.activity(part, activity, amount);
                    }
                    if (factor != null) {
                        uncertainties.factor(t.text(row, "factor"), factor);
                    }
                }));
        return new ImportedBom(root, referenceFlow, parts, uncertainties.build());
    }

    private record Use(String parent, BomLine line, SheetRow row) {}

    /** What the first row of a part says about it. */
    private static final class PartDraft {
        final String id;
        final String name;
        final Unit<?> unit;
        final String unitText;
        final String factor;
        final String kind;
        final LifeCycleStage stage;
        final Uncertainty amountUncertainty;
        final Uncertainty factorUncertainty;
        final List<Use> usedBy = new ArrayList<>();

        PartDraft(String id, SheetRow row, SheetRows t) {
            this.id = id;
            String n = t.text(row, "name");
            this.name = n.isEmpty() ? id : n;
            this.unitText = t.text(row, "unit");
            this.unit = unitText.isEmpty()
                    ? ActivityUnits.PIECE
                    : parse(t, row, "unit", () -> ActivityUnits.parse(unitText));
            this.factor = t.text(row, "factor");
            String k = t.text(row, "kind").toLowerCase(Locale.ROOT);
            this.kind = k.isEmpty() ? "material" : k;
            if (!kind.equals("electricity")) {
                parse(t, row, "kind", () -> InputKind.ofKey(kind));
            }
            String s = t.text(row, "stage");
            this.stage = s.isEmpty() ? null : parse(t, row, "stage", () -> LifeCycleStage.ofKey(s));
            this.amountUncertainty = gsd(t, row, "gsd");
            this.factorUncertainty = gsd(t, row, "factor_gsd");
            if (factor.isEmpty() && (amountUncertainty != null || factorUncertainty != null)) {
                throw t.error(
                        row,
                        amountUncertainty != null ? "gsd" : "factor_gsd",
                        "is given but the part has no factor;" + " an uncertainty needs emissions to apply to");
            }
        }

        static Uncertainty gsd(SheetRows t, SheetRow row, String column) {
            if (t.text(row, column).isEmpty()) {
                return null;
            }
            double gsd = t.number(row, column, null);
            return parse(t, row, column, () -> Uncertainty.lognormalAroundStated(gsd));
        }

        void addUncertainties(Uncertainties.Builder u) {
            if (amountUncertainty != null) {
                u.activity(id, name, amountUncertainty);
            }
            if (factorUncertainty != null) {
                u.factor(factor, factorUncertainty);
            }
        }

        void checkSameDefinition(SheetRow row, SheetRows t) {
            for (String[] c : new String[][] {{"unit", unitText}, {"factor", factor}}) {
                String v = t.text(row, c[0]);
                if (!v.isEmpty() && !v.equals(c[1])) {
                    throw t.error(
                            row,
                            c[0],
                            "is '" + v + "' but part '" + id + "' was first given '" + c[1] + "'; a part has one "
                                    + c[0] + " wherever it is used");
                }
            }
        }

        /** The part: its own factor applied to each unit of it (named like the part), then its activity rows. */
        Part toPart(List<BomLine> components, List<Activity> more) {
            List<Activity> activities = new ArrayList<>();
            if (!factor.isEmpty()) {
                Amount perUnit = new Amount(1, unit);
                activities.add(
                        kind.equals("electricity")
                                ? new Electricity(name, stage, perUnit, factor, null)
                                : new Input(name, InputKind.ofKey(kind), stage, perUnit, factor, null));
            }
            activities.addAll(more);
            return new Part(id, name, unit, components, activities, null);
        }

        private static <T> T parse(SheetRows t, SheetRow row, String column, java.util.function.Supplier<T> f) {
            try {
                return f.get();
            } catch (FootprintException | IllegalArgumentException e) {
                throw t.error(row, column, e.getMessage());
            }
        }
    }
}
