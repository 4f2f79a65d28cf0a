package org.tanji.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a page shows in one language, read from the bundle the page itself loads
 * ({@code static/i18n/<language>.json}), so a browser test expects what a user of that language reads without
 * copying any sentence into the test.
 *
 * <pre>{@code
 * Words words = Words.of("zh-CN");
 * words.text("dashboard.empty");                       // 还没有产品…
 * words.text("product.uploaded", Map.of("parts", 3));  // 已读取物料清单：3 个零部件。
 * }</pre>
 */
final class Words {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    final String language;
    private final JsonNode bundle;

    private Words(String language, JsonNode bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    static Words of(String language) {
        Path file = Path.of("src/main/webapp/static/i18n", language + ".json");
        try {
            return new Words(language, new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle " + file.toAbsolutePath(), e);
        }
    }

    boolean chinese() {
        return language.startsWith("zh");
    }

    /** The text of {@code key}; fails the test if the bundle has no such key. */
    String text(String key) {
        JsonNode text = bundle.get(key);
        if (text == null) {
            throw new AssertionError("the " + language + " bundle has no key " + key);
        }
        return text.asText();
    }

    /** The text of {@code key} with its {placeholders} filled from {@code values}. */
    String text(String key, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(text(key));
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        return m.appendTail(filled).toString();
    }

    /**
     * The text of {@code key} up to its first placeholder that {@code values} do not fill: the part of a message
     * that is known before the page fills in what it computed.
     */
    String start(String key, Map<String, ?> values) {
        String filled = text(key, values);
        Matcher open = PLACEHOLDER.matcher(filled);
        return open.find() ? filled.substring(0, open.start()) : filled;
    }
}
