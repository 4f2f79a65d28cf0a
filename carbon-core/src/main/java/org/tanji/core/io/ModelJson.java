package org.tanji.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.uncertainty.Uncertainties;

/**
 * The JSON footprint-model format, {@value #FORMAT}: a whole model — product, declared unit, boundary, parts with
 * their components and activities, and the model's own emission factors — in one file. Its JSON Schema is the
 * resource {@code /org/tanji/core/io/footprint-model.schema.json}; {@code examples/models/} holds real-world
 * examples.
 *
 * <pre>{@code
 * FootprintModel model = ModelJson.read(Path.of("lfp-battery-pack.json"));
 * String json = ModelJson.write(model);
 * }</pre>
 *
 * <p>Errors name the file and the JSON path: {@code pack.json at $.parts[1].components[0].quantity: ...}.
 */
public final class ModelJson {
    /** The format identifier written to and expected in {@code "format"}. */
    public static final String FORMAT = "tanji-footprint-model/1";

    /**
     * Numbers are read with a correctly rounded parser and written in their shortest round-trip form (Schubfach), the
     * same text on every Java version (Java 17's own Double.toString is sometimes longer), and several times faster.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            // a key given twice is refused, not silently the last one: {"amount": 1, "amount": 10}
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ModelJson() {}

    public static FootprintModel read(Path file) {
        return readDocument(file).model();
    }

    /** Reads a model; {@code sourceName} is how errors name the input. */
    public static FootprintModel read(InputStream in, String sourceName) {
        return readDocument(in, sourceName).model();
    }

    /** Reads a model with the uncertainties it states. */
    public static ModelDocument readDocument(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readDocument(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new ModelFormatException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    public static ModelDocument readDocument(InputStream in, String sourceName) {
        return new ModelJsonReader(tree(in, sourceName)).document();
    }

    public static ModelDocument parseDocument(String json, String sourceName) {
        return readDocument(
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), sourceName);
    }

    /** The document's root object, positioned for reading. */
    static JsonCursor tree(InputStream in, String sourceName) {
        JsonNode root;
        try {
            byte[] json = in.readAllBytes();
            checkNumbers(json, sourceName);
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(
                    sourceName + " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr(),
                    "is not valid JSON: " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new ModelFormatException(sourceName, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelFormatException(sourceName, "must hold a JSON object with a footprint model");
        }
        return new JsonCursor(sourceName, "$", root);
    }

    /**
     * Refuses numbers the tree would silently change: {@code 1e-400} becomes 0 and {@code -0} a signed zero once
     * parsed, so each number's text is checked while it is still text, naming its path.
     */
    private static void checkNumbers(byte[] json, String sourceName) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser p = MAPPER.createParser(json)) {
            for (var t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                        || t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT) {
                    String text = p.getText();
                    try {
                        Numbers.exact(text);
                    } catch (Numbers.NotRepresentable e) {
                        throw new ModelFormatException(
                                sourceName + " at " + path(p.getParsingContext()),
                                "is " + text + "; " + e.getMessage());
                    }
                }
            }
        }
    }

    /** {@code $.parts[2].quantity} for where a streaming parser stands, as {@link JsonCursor} names places. */
    private static String path(com.fasterxml.jackson.core.JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            path.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        return path.insert(0, "$").toString();
    }

    public static FootprintModel parse(String json, String sourceName) {
        return read(
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), sourceName);
    }

    public static String write(FootprintModel model) {
        return write(new ModelDocument(model, Uncertainties.NONE));
    }

    /** The model with its uncertainties, each on its activity or factor. */
    public static String write(ModelDocument document) {
        try {
            return MAPPER.writeValueAsString(ModelJsonWriter.document(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(FootprintModel model, OutputStream out) {
        try {
            MAPPER.writeValue(out, ModelJsonWriter.document(new ModelDocument(model, Uncertainties.NONE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
