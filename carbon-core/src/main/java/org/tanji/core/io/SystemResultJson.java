package org.tanji.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tanji.core.calc.solver.LoopReport;
import org.tanji.core.calc.solver.ProcessContribution;
import org.tanji.core.calc.solver.SankeyGraph;
import org.tanji.core.calc.solver.SystemResult;

/**
 * Writes a process-system result as JSON ({@value #FORMAT}): total, inventory by gas, every process's scaling and
 * direct contribution, Sankey data with a 1 % cut-off, and how the system was solved (residual, each loop's method
 * and conditioning).
 */
public final class SystemResultJson {
    public static final String FORMAT = "tanji-process-result/1";

    private SystemResultJson() {}

    public static String write(SystemResult r) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("product", r.demand().product());
        o.set("amount", ModelJsonWriter.amount(r.demand().amount()));
        o.put("gwpSet", r.gwpSet());
        o.put("totalKgCo2e", r.total());
        ObjectNode inventory = o.putObject("inventory");
        r.inventory().forEach(gas -> {
            ObjectNode g = inventory.putObject(gas.gas());
            g.put("kg", gas.kgGas());
            g.put("gwp", gas.gwp());
            g.put("kgCo2e", gas.kgCo2e());
        });
        ObjectNode impacts = o.putObject("impacts");
        r.impacts().forEach(i -> {
            ObjectNode io = impacts.putObject(i.method());
            io.put("unit", i.unit());
            io.put("total", i.total());
            ObjectNode byFlow = io.putObject("byFlow");
            i.byFlow().forEach(byFlow::put);
        });
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(warnings::add);
        ObjectNode solver = o.putObject("solver");
        solver.put("relativeResidual", r.relativeResidual());
        ArrayNode loops = solver.putArray("loops");
        for (LoopReport l : r.loops()) {
            ObjectNode lo = loops.addObject();
            lo.put("processes", l.processes());
            lo.put("method", l.method());
            lo.put("storedEntries", l.storedEntries());
            lo.put("conditionEstimate", l.conditionEstimate());
            if (!Double.isNaN(l.loopGain())) {
                lo.put("loopGain", l.loopGain());
            }
            l.nearlyClosing().forEach(lo.putArray("nearlyClosing")::add);
        }
        ArrayNode contributions = o.putArray("processes");
        for (ProcessContribution c : r.directContributions()) {
            ObjectNode p = contributions.addObject();
            p.put("process", c.process());
            p.put("name", c.name());
            p.put("product", c.product());
            p.put("scaling", c.scaling());
            p.put("directKgCo2e", c.kgCo2e());
            p.put("share", c.share());
        }
        SankeyGraph sankey = r.sankey(0.01);
        ObjectNode s = o.putObject("sankey");
        ArrayNode nodes = s.putArray("nodes");
        sankey.nodes()
                .forEach(n -> nodes.addObject()
                        .put("process", n.process())
                        .put("name", n.name())
                        .put("directKgCo2e", n.directKgCo2e())
                        .put("upstreamKgCo2e", n.upstreamKgCo2e()));
        ArrayNode links = s.putArray("links");
        sankey.links()
                .forEach(l -> links.addObject()
                        .put("from", l.from())
                        .put("to", l.to())
                        .put("product", l.product())
                        .put("amount", l.amount())
                        .put("unit", l.unit())
                        .put("kgCo2e", l.kgCo2e()));
        try {
            return ModelJson.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
