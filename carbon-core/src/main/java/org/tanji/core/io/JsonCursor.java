package org.tanji.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tanji.core.error.FootprintException;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.model.Amount;

/**
 * A position in a JSON document that knows its path ({@code $.parts[2].activities[0].amount}), so every error
 * names where it is.
 */
final class JsonCursor {
    private final String file;
    private final String path;
    private final JsonNode node;

    JsonCursor(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    ModelFormatException error(String problem) {
        return new ModelFormatException(file + " at " + path, problem);
    }

    JsonCursor field(String name) {
        return new JsonCursor(file, path + "." + name, node == null ? null : node.get(name));
    }

    boolean isPresent() {
        return node != null && !node.isNull();
    }

    JsonCursor required(String name) {
        JsonCursor c = field(name);
        if (!c.isPresent()) {
            throw c.error("missing; add \"" + name + "\"");
        }
        return c;
    }

    String text() {
        if (!isPresent()) {
            return null;
        }
        if (!node.isTextual()) {
            throw error("must be a string, not " + node);
        }
        return node.asText();
    }

    String requiredText(String name) {
        String t = required(name).text();
        if (t.isBlank()) {
            throw field(name).error("must not be empty");
        }
        return t;
    }

    String optionalText(String name) {
        return field(name).text();
    }

    /** A finite number; PACT-style decimal strings ("2.5") are accepted too. */
    double number() {
        double v;
        if (node != null && node.isNumber()) {
            v = node.asDouble();
        } else if (node != null && node.isTextual()) {
            try {
                v = Numbers.exact(node.asText().strip());
            } catch (NumberFormatException e) {
                throw error("must be a finite number, not \"" + node.asText() + "\"");
            } catch (Numbers.NotRepresentable e) {
                throw error("is \"" + node.asText() + "\"; " + e.getMessage());
            }
        } else {
            throw error(
                    node == null || node.isNull() ? "missing; a number is needed" : "must be a number, not " + node);
        }
        if (!Double.isFinite(v)) {
            throw error("must be a finite number, not " + v);
        }
        return v;
    }

    double number(String name, double fallback) {
        JsonCursor c = field(name);
        return c.isPresent() ? c.number() : fallback;
    }

    Integer integerOrNull(String name) {
        JsonCursor c = field(name);
        if (!c.isPresent()) {
            return null;
        }
        double v = c.number();
        if (v != Math.rint(v)) {
            throw c.error("must be a whole number, not " + v);
        }
        return (int) v;
    }

    boolean bool(String name) {
        JsonCursor c = field(name);
        if (!c.isPresent()) {
            return false;
        }
        if (!c.node.isBoolean()) {
            throw c.error("must be true or false, not " + c.node);
        }
        return c.node.asBoolean();
    }

    /** {@code {"value": 2.5, "unit": "kg"}}. */
    Amount amount() {
        if (!isPresent() || !node.isObject()) {
            throw error("must be an amount such as {\"value\": 2.5, \"unit\": \"kg\"}");
        }
        double value = field("value").number();
        String unit = requiredText("unit");
        return convert(u -> Amount.of(value, u), unit);
    }

    List<JsonCursor> elements(String name) {
        JsonCursor c = field(name);
        List<JsonCursor> out = new ArrayList<>();
        if (!c.isPresent()) {
            return out;
        }
        if (!c.node.isArray()) {
            throw c.error("must be an array");
        }
        for (int i = 0; i < c.node.size(); i++) {
            out.add(new JsonCursor(file, c.path + "[" + i + "]", c.node.get(i)));
        }
        return out;
    }

    /** Properties of an object, as (name, cursor) pairs in document order. */
    List<java.util.Map.Entry<String, JsonCursor>> properties() {
        List<java.util.Map.Entry<String, JsonCursor>> out = new ArrayList<>();
        if (!isPresent()) {
            return out;
        }
        if (!node.isObject()) {
            throw error("must be an object");
        }
        node.fieldNames().forEachRemaining(n -> out.add(java.util.Map.entry(n, field(n))));
        return out;
    }

    /** Applies {@code f}; a domain exception it throws becomes an error at this position. */
    <T, R> R convert(Function<T, R> f, T input) {
        try {
            return f.apply(input);
        } catch (FootprintException | IllegalArgumentException | NullPointerException e) {
            if (e instanceof ModelFormatException) {
                throw (ModelFormatException) e;
            }
            throw error(e.getMessage());
        }
    }
}
