package org.tanji.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.factor.CharacterisationMethod;
import org.tanji.core.model.Amount;
import org.tanji.core.process.Demand;
import org.tanji.core.process.Exchange;
import org.tanji.core.process.ExchangeKind;
import org.tanji.core.process.ProcessAllocation;
import org.tanji.core.process.ProcessSystem;
import org.tanji.core.process.UnitProcess;
import org.tanji.core.uncertainty.Uncertainty;
import org.tanji.core.unit.ActivityUnits;

/**
 * The JSON process-system format, {@value #FORMAT}: processes with their reference flow and exchanges, and the
 * demand. Schema: {@code /org/tanji/core/io/process-system.schema.json}.
 *
 * <pre>{@code
 * ProcessJson.ProcessSystemFile f = ProcessJson.read(Path.of("coal-power.json"));
 * SystemResult r = SystemSolver.of(f.system()).solve(f.demand());
 * }</pre>
 */
public final class ProcessJson {
    public static final String FORMAT = "tanji-process-system/1";

    /**
     * A process system, the demand to solve it for, and the uncertainty its exchanges state, keyed
     * {@code processId|flow} as {@link org.tanji.core.calc.solver.SystemMonteCarlo} takes them.
     */
    public record ProcessSystemFile(
            ProcessSystem system,
            Demand demand,
            Map<String, Uncertainty> uncertainties,
            List<CharacterisationMethod> methods) {
        public ProcessSystemFile {
            uncertainties = Collections.unmodifiableMap(new LinkedHashMap<>(uncertainties));
            methods = List.copyOf(methods);
        }

        public ProcessSystemFile(ProcessSystem system, Demand demand) {
            this(system, demand, Map.of(), List.of());
        }
    }

    private ProcessJson() {}

    /** True when the file at {@code path} declares this format. */
    public static boolean isProcessSystem(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            JsonCursor root = ModelJson.tree(in, path.getFileName().toString());
            return FORMAT.equals(root.optionalText("format"));
        } catch (IOException e) {
            return false;
        }
    }

    public static ProcessSystemFile read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(ModelJson.tree(in, path.getFileName().toString()));
        } catch (IOException e) {
            throw new ModelFormatException(path.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    public static ProcessSystemFile parse(String json, String sourceName) {
        return read(ModelJson.tree(
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), sourceName));
    }

    private static ProcessSystemFile read(JsonCursor root) {
        if (!FORMAT.equals(root.optionalText("format"))) {
            throw root.field("format").error("must be \"" + FORMAT + "\"");
        }
        List<UnitProcess> processes = new ArrayList<>();
        Map<String, Uncertainty> uncertainties = new LinkedHashMap<>();
        for (JsonCursor p : root.elements("processes")) {
            processes.add(process(p, uncertainties));
        }
        ProcessSystem system = root.convert(x -> new ProcessSystem(root.requiredText("name"), processes), null);
        JsonCursor d = root.required("demand");
        Amount amount = d.required("amount").amount();
        List<CharacterisationMethod> methods = new ArrayList<>();
        for (JsonCursor m : root.elements("methods")) {
            CharacterisationMethod.Builder b = m.convert(
                    x -> CharacterisationMethod.builder(m.requiredText("name"), m.requiredText("unit")), null);
            for (Map.Entry<String, JsonCursor> f : m.field("factors").properties()) {
                JsonCursor c = f.getValue();
                double value = c.field("value").number();
                c.convert(x -> b.factor(f.getKey(), value, c.requiredText("per")), null);
            }
            methods.add(m.convert(x -> b.build(), null));
        }
        return new ProcessSystemFile(system, new Demand(d.requiredText("product"), amount), uncertainties, methods);
    }

    private static UnitProcess process(JsonCursor p, Map<String, Uncertainty> uncertainties) {
        String id = p.requiredText("id");
        Exchange reference = exchange(p.required("reference"));
        List<Exchange> exchanges = new ArrayList<>();
        for (JsonCursor e : p.elements("exchanges")) {
            Exchange exchange = exchange(e);
            exchanges.add(exchange);
            if (e.field("uncertainty").isPresent()) {
                uncertainties.put(id + "|" + exchange.flow(), UncertaintyJson.read(e.field("uncertainty")));
            }
        }
        String allocation = p.optionalText("allocation");
        ProcessAllocation method =
                allocation == null ? null : p.field("allocation").convert(ProcessAllocation::ofKey, allocation);
        return p.convert(x -> new UnitProcess(id, p.optionalText("name"), reference, exchanges, method), null);
    }

    private static Exchange exchange(JsonCursor e) {
        ExchangeKind kind = e.field("kind").convert(ExchangeKind::ofKey, e.requiredText("kind"));
        Amount amount = e.required("amount").amount();
        Double price = e.field("price").isPresent() ? e.field("price").number() : null;
        Double property = e.field("property").isPresent() ? e.field("property").number() : null;
        Double factor = e.field("allocationFactor").isPresent()
                ? e.field("allocationFactor").number()
                : null;
        return e.convert(
                x -> new Exchange(
                        kind, e.requiredText("flow"), amount, e.optionalText("provider"), price, property, factor),
                null);
    }

    public static String write(ProcessSystemFile file) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("name", file.system().name());
        ObjectNode d = o.putObject("demand");
        d.put("product", file.demand().product());
        d.set("amount", ModelJsonWriter.amount(file.demand().amount()));
        if (!file.methods().isEmpty()) {
            ArrayNode methods = o.putArray("methods");
            for (CharacterisationMethod m : file.methods()) {
                ObjectNode mo = methods.addObject();
                mo.put("name", m.name());
                mo.put("unit", m.unit());
                ObjectNode factors = mo.putObject("factors");
                m.factors()
                        .forEach((flow, f) -> factors.putObject(flow)
                                .put("value", f.value())
                                .put("per", ActivityUnits.symbol(f.per())));
            }
        }
        ArrayNode processes = o.putArray("processes");
        for (UnitProcess p : file.system().processes()) {
            ObjectNode po = processes.addObject();
            po.put("id", p.id());
            po.put("name", p.name());
            po.set("reference", exchange(p.reference()));
            if (p.allocation() != null) {
                po.put("allocation", p.allocation().key());
            }
            ArrayNode ex = po.putArray("exchanges");
            for (Exchange e : p.exchanges()) {
                ObjectNode eo = exchange(e);
                Uncertainty u = file.uncertainties().get(p.id() + "|" + e.flow());
                if (u != null) {
                    eo.set("uncertainty", UncertaintyJson.write(u));
                }
                ex.add(eo);
            }
        }
        try {
            return ModelJson.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode exchange(Exchange e) {
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        o.put("kind", e.kind().key());
        o.put("flow", e.flow());
        o.set("amount", ModelJsonWriter.amount(e.amount()));
        if (e.provider() != null) {
            o.put("provider", e.provider());
        }
        if (e.price() != null) {
            o.put("price", e.price());
        }
        if (e.property() != null) {
            o.put("property", e.property());
        }
        if (e.allocationFactor() != null) {
            o.put("allocationFactor", e.allocationFactor());
        }
        return o;
    }
}
