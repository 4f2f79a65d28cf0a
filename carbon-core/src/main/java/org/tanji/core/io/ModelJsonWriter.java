package org.tanji.core.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.tanji.core.factor.Co2eAmount;
import org.tanji.core.factor.DataQuality;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.GasAmount;
import org.tanji.core.factor.Provenance;
import org.tanji.core.model.Activity;
import org.tanji.core.model.Allocation;
import org.tanji.core.model.Amount;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.CircularMaterial;
import org.tanji.core.model.DirectEmission;
import org.tanji.core.model.Electricity;
import org.tanji.core.model.EndOfLife;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.Part;
import org.tanji.core.model.TransportLeg;
import org.tanji.core.model.UsePhase;
import org.tanji.core.uncertainty.Uncertainties;
import org.tanji.core.uncertainty.Uncertainty;
import org.tanji.core.unit.ActivityUnits;

/** Writes a {@link FootprintModel} in the JSON footprint-model format; see {@link ModelJson}. */
final class ModelJsonWriter {
    private ModelJsonWriter() {}

    static ObjectNode document(ModelDocument d) {
        FootprintModel m = d.model();
        Uncertainties u = d.uncertainties();
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("format", ModelJson.FORMAT);
        o.put("product", m.name());
        putIfPresent(o, "description", m.description());
        ObjectNode du = amount(m.declaredUnit().amount());
        putIfPresent(du, "description", m.declaredUnit().description());
        o.set("declaredUnit", du);
        o.put("referenceFlow", m.referenceFlow());
        if (m.referencePeriod() != null) {
            ObjectNode period = o.putObject("referencePeriod");
            period.put("start", m.referencePeriod().start().toString());
            period.put("end", m.referencePeriod().end().toString());
        }
        o.put("systemBoundary", m.boundary().key());
        if (m.boundary().isCustom()) {
            ArrayNode stages = o.putArray("boundaryStages");
            m.boundary().stages().forEach(s -> stages.add(s.key()));
        }
        o.put("rootPart", m.rootPartId());
        ArrayNode parts = o.putArray("parts");
        m.parts().values().forEach(p -> parts.add(part(p, u)));
        ArrayNode factors = o.putArray("factors");
        Set<String> own = new HashSet<>();
        for (EmissionFactor f : m.factors()) {
            ObjectNode fo = factor(f);
            uncertainty(fo, u.factors().get(f.id()));
            factors.add(fo);
            own.add(f.id());
        }
        ObjectNode others = ModelJson.MAPPER.createObjectNode();
        u.factors().forEach((id, x) -> {
            if (!own.contains(id)) {
                others.set(id, UncertaintyJson.write(x));
            }
        });
        if (!others.isEmpty()) {
            o.set("factorUncertainties", others);
        }
        return o;
    }

    private static void uncertainty(ObjectNode o, Uncertainty u) {
        if (u != null) {
            o.set("uncertainty", UncertaintyJson.write(u));
        }
    }

    private static ObjectNode part(Part p, Uncertainties u) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        o.put("unit", ActivityUnits.symbol(p.unit()));
        ArrayNode components = o.putArray("components");
        for (BomLine l : p.components()) {
            ObjectNode c = components.addObject();
            c.put("part", l.partId());
            c.put("quantity", l.quantity());
            if (l.scrapRate() != 0) {
                c.put("scrap", l.scrapRate());
            }
        }
        ArrayNode activities = o.putArray("activities");
        for (Activity a : p.activities()) {
            ObjectNode ao = activity(a);
            uncertainty(ao, u.activities().get(Uncertainties.activityKey(p.id(), a.id())));
            activities.add(ao);
        }
        if (p.allocation() != null) {
            o.set("allocation", allocation(p.allocation()));
        }
        return o;
    }

    private static ObjectNode activity(Activity a) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        if (a instanceof Input) {
            Input in = (Input) a;
            o.put("type", in.kind().key());
            o.put("id", in.id());
            o.put("stage", in.stage().key());
            o.set("amount", amount(in.amount()));
            o.put("factor", in.factorId());
            if (in.recycledContent() != null) {
                ObjectNode rc = o.putObject("recycledContent");
                rc.put("share", in.recycledContent().share());
                putIfPresent(rc, "factor", in.recycledContent().recycledFactorId());
            }
        } else if (a instanceof Electricity) {
            Electricity e = (Electricity) a;
            o.put("type", "electricity");
            o.put("id", e.id());
            o.put("stage", e.stage().key());
            o.set("amount", amount(e.amount()));
            o.put("gridFactor", e.gridFactorId());
            putIfPresent(o, "marketFactor", e.marketFactorId());
        } else if (a instanceof DirectEmission) {
            DirectEmission d = (DirectEmission) a;
            o.put("type", "emission");
            o.put("id", d.id());
            o.put("stage", d.stage().key());
            o.put("gas", d.gas().code());
            o.set("mass", amount(d.mass()));
        } else if (a instanceof TransportLeg) {
            TransportLeg t = (TransportLeg) a;
            o.put("type", "transport");
            o.put("id", t.id());
            o.put("stage", t.stage().key());
            o.set("mass", amount(t.mass()));
            o.set("distance", amount(t.distance()));
            putIfPresent(o, "mode", t.mode());
            o.put("emptyReturnShare", t.emptyReturnShare());
            o.put("factor", t.factorId());
        } else if (a instanceof UsePhase) {
            UsePhase u = (UsePhase) a;
            o.put("type", "use");
            o.put("id", u.id());
            o.set("energyPerUse", amount(u.energyPerUse()));
            o.put("usesOverLifetime", u.usesOverLifetime());
            o.put("factor", u.factorId());
        } else if (a instanceof CircularMaterial) {
            circularMaterial((CircularMaterial) a, o);
        } else {
            EndOfLife e = (EndOfLife) a;
            o.put("type", "end-of-life");
            o.put("id", e.id());
            o.set("mass", amount(e.mass()));
            ArrayNode routes = o.putArray("routes");
            for (EndOfLife.EndOfLifeRoute r : e.routes()) {
                ObjectNode ro = routes.addObject();
                ro.put("treatment", r.treatment().key());
                ro.put("share", r.share());
                ro.put("factor", r.factorId());
            }
        }
        return o;
    }

    private static ObjectNode allocation(Allocation a) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("method", a.method().key());
        o.put("reference", a.reference());
        ArrayNode outputs = o.putArray("outputs");
        for (Allocation.CoProduct p : a.outputs()) {
            ObjectNode po = outputs.addObject();
            po.put("name", p.name());
            po.put("amount", p.amount());
            po.put("price", p.price());
            po.put("property", p.property());
        }
        return o;
    }

    private static void circularMaterial(CircularMaterial c, ObjectNode o) {
        o.put("type", "circular-material");
        o.put("id", c.id());
        o.set("mass", amount(c.mass()));
        CircularMaterial.Parameters p = c.parameters();
        o.putObject("cff")
                .put("A", p.a())
                .put("R1", p.r1())
                .put("R2", p.r2())
                .put("R3", p.r3())
                .put("QsinQp", p.qsinOverQp())
                .put("QsoutQp", p.qsoutOverQp())
                .put("B", p.b());
        CircularMaterial.Factors f = c.factors();
        o.put("virginFactor", f.virgin());
        putIfPresent(o, "recycledFactor", f.recycled());
        putIfPresent(o, "substitutedVirginFactor", f.substitutedVirgin());
        putIfPresent(o, "recyclingEolFactor", f.recyclingEndOfLife());
        putIfPresent(o, "disposalFactor", f.disposal());
        CircularMaterial.EnergyRecovery e = c.energyRecovery();
        if (e != null) {
            ObjectNode eo = o.putObject("energyRecovery");
            eo.put("factor", e.factor());
            eo.set("lowerHeatingValue", amount(e.lowerHeatingValuePerKg()));
            eo.put("heatEfficiency", e.heatEfficiency());
            putIfPresent(eo, "substitutedHeatFactor", e.substitutedHeatFactor());
            eo.put("electricityEfficiency", e.electricityEfficiency());
            putIfPresent(eo, "substitutedElectricityFactor", e.substitutedElectricityFactor());
        }
    }

    static ObjectNode factor(EmissionFactor f) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("id", f.id());
        o.put("name", f.name());
        o.put("unit", ActivityUnits.symbol(f.unit()));
        if (!f.gases().isEmpty()) {
            ObjectNode gases = o.putObject("gases");
            for (GasAmount g : f.gases()) {
                gases.put(g.gas().code(), g.kg());
            }
        }
        if (!f.co2e().isEmpty()) {
            ObjectNode co2e = o.putObject("co2e");
            for (Co2eAmount c : f.co2e()) {
                co2e.put(c.category().key(), c.kgCo2e());
            }
            o.put("gwpSet", f.co2eGwpSet().name());
        }
        Provenance p = f.provenance();
        putIfPresent(o, "source", p.source());
        putIfPresent(o, "dataset", p.dataset());
        putIfPresent(o, "version", p.version());
        putIfPresent(o, "region", p.region());
        if (p.year() != null) {
            o.put("year", p.year());
        }
        putIfPresent(o, "licence", p.licence());
        DataQuality q = f.quality();
        if (!q.equals(DataQuality.UNRATED)) {
            ObjectNode dq = o.putObject("dataQuality");
            putIfPresent(dq, "technological", q.technological());
            putIfPresent(dq, "geographical", q.geographical());
            putIfPresent(dq, "temporal", q.temporal());
        }
        o.put("primary", f.primary());
        return o;
    }

    static ObjectNode amount(Amount a) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("value", a.value());
        o.put("unit", ActivityUnits.symbol(a.unit()));
        return o;
    }

    private static void putIfPresent(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void putIfPresent(ObjectNode o, String name, Integer value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
