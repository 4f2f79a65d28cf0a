package org.tanji.portal.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two submissions of one application, as the verifier checks an answer to a clarification:
 * the model field by field, and the result line by line (a line added, removed, or its amount, factor or kg CO2e
 * changed). Items of a model list are named by their {@code id} (a component by its {@code part}), so that a part
 * moved in the list is not reported as every field of it changed.
 *
 * <pre>{@code
 * RoundComparison c = RoundComparison.of(modelBefore, modelAfter, resultBefore, resultAfter);
 * c.model();  // [Change[path=parts[cells].activities[cell production].amount.value, before=40, after=35]]
 * c.lines();  // [LineChange[line=cells/cell production, change=CHANGED, kgCo2eBefore=..., ...]]
 * }</pre>
 *
 * @param totalBefore the result's total in the earlier round, kg CO2e per declared unit
 * @param totalAfter the result's total in the later round
 * @param model the model's changed fields, in the later model's order, then the removed ones
 * @param lines the result lines added, removed or changed
 */
public record RoundComparison(double totalBefore, double totalAfter, List<Change> model, List<LineChange> lines) {

    /** One field of a model or line: its path and the values before and after (null where absent). */
    public record Change(String path, JsonNode before, JsonNode after) {}

    /** How a result line differs. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** A result line (as the trail names it) added, removed or changed, with its fields that changed. */
    public record LineChange(String line, Kind change, Double kgCo2eBefore, Double kgCo2eAfter, List<Change> fields) {}

    public RoundComparison {
        model = List.copyOf(model);
        lines = List.copyOf(lines);
    }

    /** Compares two models (tanji-footprint-model/1) and their full results (tanji-footprint-result/1). */
    public static RoundComparison of(
            JsonNode modelBefore, JsonNode modelAfter, JsonNode resultBefore, JsonNode resultAfter) {
        return new RoundComparison(
                resultBefore.path("total").asDouble(),
                resultAfter.path("total").asDouble(),
                changes(flatten(modelBefore), flatten(modelAfter)),
                lines(resultBefore.path("lines"), resultAfter.path("lines")));
    }

    private static List<LineChange> lines(JsonNode before, JsonNode after) {
        Map<String, JsonNode> was = byLine(before);
        Map<String, JsonNode> is = byLine(after);
        Set<String> ids = new LinkedHashSet<>(is.keySet());
        ids.addAll(was.keySet());
        List<LineChange> out = new ArrayList<>();
        for (String id : ids) {
            JsonNode a = was.get(id);
            JsonNode b = is.get(id);
            if (a == null) {
                out.add(new LineChange(id, Kind.ADDED, null, kg(b), List.of()));
            } else if (b == null) {
                out.add(new LineChange(id, Kind.REMOVED, kg(a), null, List.of()));
            } else if (!a.equals(b)) {
                out.add(new LineChange(id, Kind.CHANGED, kg(a), kg(b), changes(flatten(a), flatten(b))));
            }
        }
        return out;
    }

    private static Double kg(JsonNode line) {
        return line.path("kgCo2e").asDouble();
    }

    private static Map<String, JsonNode> byLine(JsonNode lines) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        lines.forEach(l -> out.put(l.path("line").asText(), l));
        return out;
    }

    private static List<Change> changes(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        List<Change> out = new ArrayList<>();
        after.forEach((path, value) -> {
            JsonNode was = before.get(path);
            if (!value.equals(was)) {
                out.add(new Change(path, was, value));
            }
        });
        before.forEach((path, value) -> {
            if (!after.containsKey(path)) {
                out.add(new Change(path, value, null));
            }
        });
        return out;
    }

    /** Every value of {@code node} by its path, list items named by their id where they have one. */
    private static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        flatten(node, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String path, Map<String, JsonNode> out) {
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            f -> flatten(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), out));
        } else if (node.isArray()) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String name = name(node.get(i), i);
                // a second item of the same id (a part used twice) keeps its place in the list
                flatten(node.get(i), path + "[" + (seen.add(name) ? name : name + "#" + i) + "]", out);
            }
        } else {
            out.put(path, node);
        }
    }

    private static String name(JsonNode item, int index) {
        for (String key : List.of("id", "part")) {
            if (item.path(key).isTextual()) {
                return item.get(key).asText();
            }
        }
        return String.valueOf(index);
    }
}
