package org.tanji.core.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tanji.core.factor.DataQuality;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.factor.Provenance;
import org.tanji.core.model.Activity;
import org.tanji.core.model.Allocation;
import org.tanji.core.model.Allocation.AllocationMethod;
import org.tanji.core.model.Allocation.CoProduct;
import org.tanji.core.model.Amount;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.CircularMaterial;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.DirectEmission;
import org.tanji.core.model.Electricity;
import org.tanji.core.model.EndOfLife;
import org.tanji.core.model.EndOfLife.EndOfLifeRoute;
import org.tanji.core.model.EndOfLife.Treatment;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.InputKind;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.Part;
import org.tanji.core.model.RecycledContent;
import org.tanji.core.model.ReferencePeriod;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.model.TransportLeg;
import org.tanji.core.model.UsePhase;
import org.tanji.core.uncertainty.Uncertainties;
import org.tanji.core.unit.ActivityUnits;

/** Reads the JSON footprint-model format into a {@link FootprintModel}; see {@link ModelJson}. */
final class ModelJsonReader {
    private final JsonCursor root;
    private final Uncertainties.Builder uncertainties = Uncertainties.builder();

    ModelJsonReader(JsonCursor root) {
        this.root = root;
    }

    /** The model with the uncertainties its activities and factors state. */
    ModelDocument document() {
        FootprintModel model = model();
        for (Map.Entry<String, JsonCursor> f : root.field("factorUncertainties").properties()) {
            uncertainties.factor(f.getKey(), UncertaintyJson.read(f.getValue()));
        }
        return new ModelDocument(model, uncertainties.build());
    }

    private FootprintModel model() {
        String format = root.optionalText("format");
        if (format != null && !format.equals(ModelJson.FORMAT)) {
            throw root.field("format").error("is '" + format + "'; this version reads " + ModelJson.FORMAT);
        }
        String name = root.requiredText("product");
        JsonCursor du = root.required("declaredUnit");
        DeclaredUnit declaredUnit = du.convert(a -> new DeclaredUnit(a, du.optionalText("description")), du.amount());
        FootprintModel.Builder b = FootprintModel.builder(name)
                .description(root.optionalText("description"))
                .declaredUnit(declaredUnit)
                .referenceFlow(nonNegative(root, "referenceFlow", 1))
                .referencePeriod(referencePeriod(root.field("referencePeriod")))
                .boundary(boundary(root))
                .root(root.requiredText("rootPart"));
        for (JsonCursor p : root.elements("parts")) {
            Part part = part(p);
            p.convert(b::part, part);
        }
        b.factors(factors());
        return root.convert(x -> b.build(), null);
    }

    /** {@code {"start": "2025-01-01", "end": "2025-12-31"}}, both days included; absent is null. */
    private static ReferencePeriod referencePeriod(JsonCursor p) {
        if (!p.isPresent()) {
            return null;
        }
        LocalDate start = day(p, "start");
        LocalDate end = day(p, "end");
        return p.convert(x -> new ReferencePeriod(start, end), null);
    }

    private static LocalDate day(JsonCursor period, String name) {
        String text = period.requiredText(name);
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw period.field(name).error("is '" + text + "', not a day; write it as year-month-day, e.g. 2025-01-31");
        }
    }

    /** A named boundary, or {@code custom} with the stages it includes in {@code boundaryStages}. */
    private static SystemBoundary boundary(JsonCursor root) {
        String key = root.requiredText("systemBoundary");
        if (!key.strip().equalsIgnoreCase(SystemBoundary.CUSTOM)) {
            return root.field("systemBoundary").convert(SystemBoundary::ofKey, key);
        }
        List<LifeCycleStage> stages = new ArrayList<>();
        for (JsonCursor s : root.elements("boundaryStages")) {
            stages.add(s.convert(LifeCycleStage::ofKey, s.text()));
        }
        return root.field("boundaryStages").convert(SystemBoundary::custom, stages);
    }

    private Part part(JsonCursor p) {
        String id = p.requiredText("id");
        String unit = p.optionalText("unit");
        List<BomLine> components = new ArrayList<>();
        for (JsonCursor c : p.elements("components")) {
            String partId = c.requiredText("part");
            double quantity = c.field("quantity").number();
            double scrap = c.number("scrap", 0);
            components.add(c.convert(x -> new BomLine(partId, quantity, scrap), null));
        }
        List<Activity> activities = new ArrayList<>();
        List<JsonCursor> acts = p.elements("activities");
        for (int i = 0; i < acts.size(); i++) {
            JsonCursor a = acts.get(i);
            Activity activity = activity(a, i);
            activities.add(activity);
            if (a.field("uncertainty").isPresent()) {
                uncertainties.activity(id, activity.id(), UncertaintyJson.read(a.field("uncertainty")));
            }
        }
        Allocation allocation = p.field("allocation").isPresent() ? allocation(p.field("allocation")) : null;
        return p.convert(
                x -> new Part(
                        id,
                        p.optionalText("name"),
                        unit == null ? null : ActivityUnits.parse(unit),
                        components,
                        activities,
                        allocation),
                null);
    }

    private Activity activity(JsonCursor a, int index) {
        String type = a.requiredText("type");
        String id = a.optionalText("id");
        String activityId = id != null ? id : type + "-" + (index + 1);
        LifeCycleStage stage = a.field("stage").isPresent()
                ? a.field("stage").convert(LifeCycleStage::ofKey, a.optionalText("stage"))
                : null;
        switch (type) {
            case "material":
            case "packaging":
            case "fuel":
            case "process":
            case "spend":
                return input(a, activityId, InputKind.ofKey(type), stage);
            case "electricity":
                Amount kWh = a.required("amount").amount();
                return a.convert(
                        x -> new Electricity(
                                activityId, stage, kWh, a.requiredText("gridFactor"), a.optionalText("marketFactor")),
                        null);
            case "emission":
                Gas gas = a.field("gas").convert(Gas::of, a.requiredText("gas"));
                Amount mass = a.required("mass").amount();
                return a.convert(x -> new DirectEmission(activityId, stage, gas, mass), null);
            case "transport":
                Amount tMass = a.required("mass").amount();
                Amount distance = a.required("distance").amount();
                double emptyReturn = a.number("emptyReturnShare", 0);
                return a.convert(
                        x -> new TransportLeg(
                                activityId,
                                stage,
                                tMass,
                                distance,
                                a.optionalText("mode"),
                                emptyReturn,
                                a.requiredText("factor")),
                        null);
            case "use":
                Amount perUse = a.required("energyPerUse").amount();
                double uses = a.required("usesOverLifetime").number();
                return a.convert(x -> new UsePhase(activityId, perUse, uses, a.requiredText("factor")), null);
            case "circular-material":
                return circularMaterial(a, activityId);
            case "end-of-life":
                Amount eolMass = a.required("mass").amount();
                List<EndOfLifeRoute> routes = new ArrayList<>();
                for (JsonCursor r : a.elements("routes")) {
                    Treatment t = r.field("treatment").convert(Treatment::ofKey, r.requiredText("treatment"));
                    double share = r.field("share").number();
                    routes.add(r.convert(x -> new EndOfLifeRoute(t, share, r.requiredText("factor")), null));
                }
                return a.convert(x -> new EndOfLife(activityId, eolMass, routes), null);
            default:
                throw a.field("type")
                        .error("is '" + type + "'; use material, packaging, fuel, process, spend,"
                                + " electricity, emission, transport, use or end-of-life");
        }
    }

    private Input input(JsonCursor a, String id, InputKind kind, LifeCycleStage stage) {
        Amount amount = a.required("amount").amount();
        String factor = a.requiredText("factor");
        JsonCursor rc = a.field("recycledContent");
        RecycledContent recycled = rc.isPresent()
                ? rc.convert(x -> new RecycledContent(rc.field("share").number(), rc.optionalText("factor")), null)
                : null;
        return a.convert(x -> new Input(id, kind, stage, amount, factor, recycled), null);
    }

    private Allocation allocation(JsonCursor c) {
        AllocationMethod method = c.field("method").convert(AllocationMethod::ofKey, c.requiredText("method"));
        List<CoProduct> outputs = new ArrayList<>();
        for (JsonCursor o : c.elements("outputs")) {
            String name = o.requiredText("name");
            outputs.add(o.convert(
                    x -> new CoProduct(name, o.field("amount").number(), o.number("price", 0), o.number("property", 0)),
                    null));
        }
        return c.convert(x -> new Allocation(method, c.requiredText("reference"), outputs), null);
    }

    /** A material under the Circular Footprint Formula; see {@link CircularMaterial}. */
    private static CircularMaterial circularMaterial(JsonCursor a, String id) {
        Amount mass = a.required("mass").amount();
        JsonCursor c = a.required("cff");
        CircularMaterial.Parameters p = c.convert(
                x -> new CircularMaterial.Parameters(
                        c.field("A").number(),
                        c.number("R1", 0),
                        c.number("R2", 0),
                        c.number("R3", 0),
                        c.number("QsinQp", 1),
                        c.number("QsoutQp", 1),
                        c.number("B", 0)),
                null);
        CircularMaterial.Factors f = a.convert(
                x -> new CircularMaterial.Factors(
                        a.requiredText("virginFactor"),
                        a.optionalText("recycledFactor"),
                        a.optionalText("substitutedVirginFactor"),
                        a.optionalText("recyclingEolFactor"),
                        a.optionalText("disposalFactor")),
                null);
        JsonCursor e = a.field("energyRecovery");
        CircularMaterial.EnergyRecovery er = !e.isPresent()
                ? null
                : e.convert(
                        x -> new CircularMaterial.EnergyRecovery(
                                e.requiredText("factor"),
                                e.required("lowerHeatingValue").amount(),
                                e.number("heatEfficiency", 0),
                                e.optionalText("substitutedHeatFactor"),
                                e.number("electricityEfficiency", 0),
                                e.optionalText("substitutedElectricityFactor")),
                        null);
        return a.convert(x -> new CircularMaterial(id, mass, p, f, er), null);
    }

    /** The {@code "factors"} array of the document. */
    List<EmissionFactor> factors() {
        List<EmissionFactor> out = new ArrayList<>();
        for (JsonCursor f : root.elements("factors")) {
            out.add(factor(f));
        }
        return out;
    }

    private EmissionFactor factor(JsonCursor f) {
        String id = f.requiredText("id");
        EmissionFactor.Builder b = f.field("unit").convert(u -> EmissionFactor.builder(id, u), f.requiredText("unit"));
        b.name(f.optionalText("name"));
        for (Map.Entry<String, JsonCursor> g : f.field("gases").properties()) {
            Gas gas = g.getValue().convert(Gas::of, g.getKey());
            double kg = g.getValue().number();
            g.getValue().convert(x -> b.gas(gas, kg), null);
        }
        List<Map.Entry<String, JsonCursor>> co2e = f.field("co2e").properties();
        if (!co2e.isEmpty()) {
            GwpSet madeWith = f.field("gwpSet").convert(GwpSet::named, f.requiredText("gwpSet"));
            for (Map.Entry<String, JsonCursor> c : co2e) {
                EmissionCategory category = c.getValue().convert(EmissionCategory::ofKey, c.getKey());
                double kg = c.getValue().number();
                c.getValue().convert(x -> b.co2e(category, kg, madeWith), null);
            }
        }
        b.provenance(new Provenance(
                f.optionalText("source") == null ? "unspecified" : f.optionalText("source"),
                f.optionalText("dataset"),
                f.optionalText("version"),
                f.optionalText("region"),
                f.integerOrNull("year"),
                f.optionalText("licence")));
        JsonCursor dq = f.field("dataQuality");
        if (dq.isPresent()) {
            b.quality(dq.convert(
                    x -> new DataQuality(
                            dq.integerOrNull("technological"),
                            dq.integerOrNull("geographical"),
                            dq.integerOrNull("temporal")),
                    null));
        }
        b.primary(f.bool("primary"));
        if (f.field("uncertainty").isPresent()) {
            uncertainties.factor(id, UncertaintyJson.read(f.field("uncertainty")));
        }
        return f.convert(x -> b.build(), null);
    }

    private static double nonNegative(JsonCursor c, String name, double fallback) {
        double v = c.number(name, fallback);
        if (v < 0) {
            throw c.field(name).error("is " + v + "; it must be zero or more");
        }
        return v;
    }
}
