package org.tanji.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tanji.core.model.ElectricityMethod;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.model.SystemBoundary;
import org.tanji.portal.application.RoundComparison;
import org.tanji.portal.domain.model.workflow.ApplicationState;
import org.tanji.portal.domain.model.workflow.CertificateState;
import org.tanji.portal.domain.model.workflow.ProductProgress;

/**
 * The workspace's two languages stay one: both bundles hold the same keys, none empty, every key a page or script
 * asks for exists, and every Chinese character is in the shipped web font (else rerun
 * {@code portal-war/fonts/make-web-font.py}).
 */
class MessageBundlesTest {
    static final Path WEBAPP = Path.of("src/main/webapp");
    static final Path BUNDLES = WEBAPP.resolve("static/i18n");

    static Map<String, String> bundle(String language) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, String> b =
                new ObjectMapper().readValue(BUNDLES.resolve(language + ".json").toFile(), LinkedHashMap.class);
        return b;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Map<String, String> en = bundle("en");
        Map<String, String> zh = bundle("zh-CN");
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(zh.keySet()));
        for (var b : List.of(en, zh)) {
            b.forEach((k, v) -> assertTrue(!v.isBlank(), k + " is empty"));
        }
        // the same {placeholders} in both, or a value goes missing in one language
        en.forEach((k, v) -> assertEquals(placeholders(v), placeholders(zh.get(k)), k));
    }

    @Test
    void everyKeyThePagesAskForExists() throws IOException {
        Set<String> keys = bundle("en").keySet();
        List<String> missing = new ArrayList<>();
        Pattern markup = Pattern.compile("data-i18n(?:-placeholder|-label|-title)?=\"([^\"]+)\"");
        Pattern code = Pattern.compile("\\bt\\('([a-zA-Z0-9.-]+)'");
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")
                            || p.toString().endsWith(".js") && p.startsWith(WEBAPP.resolve("static/ui")))
                    .toList()) {
                String text = Files.readString(f);
                for (Pattern p : List.of(markup, code)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        // a prefix ("stage." + key) is checked against what fills it, below
                        if (!m.group(1).endsWith(".") && !keys.contains(m.group(1))) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyStateStageStepAndBoundaryTheApiAnswersHasItsText() throws IOException {
        Set<String> keys = bundle("en").keySet();
        List<String> wanted = new ArrayList<>();
        for (LifeCycleStage s : LifeCycleStage.values()) {
            wanted.add("stage." + s.key());
        }
        for (ProductProgress.Status s : ProductProgress.Status.values()) {
            wanted.add("status." + s);
        }
        for (ProductProgress.NextStep s : ProductProgress.NextStep.values()) {
            wanted.add("step." + s);
        }
        for (ApplicationState s : ApplicationState.values()) {
            wanted.add("application." + s);
        }
        for (CertificateState s : CertificateState.values()) {
            wanted.add("certificate." + s);
        }
        for (ElectricityMethod m : ElectricityMethod.values()) {
            wanted.add("result.basis." + m.key());
        }
        for (RoundComparison.Kind k : RoundComparison.Kind.values()) {
            wanted.add("compare." + k);
        }
        for (SystemBoundary b :
                List.of(SystemBoundary.CRADLE_TO_GATE, SystemBoundary.GATE_TO_GATE, SystemBoundary.CRADLE_TO_GRAVE)) {
            wanted.add("boundary." + b.key());
        }
        assertEquals(List.of(), wanted.stream().filter(k -> !keys.contains(k)).toList());
    }

    @Test
    void everyChineseCharacterIsInTheShippedWebFont() throws IOException {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = Pattern.compile("U\\+([0-9A-F]+)(?:-([0-9A-F]+))?")
                .matcher(Files.readString(WEBAPP.resolve("static/fonts/fonts.css")));
        while (m.find()) {
            int from = Integer.parseInt(m.group(1), 16);
            ranges.add(new int[] {from, m.group(2) == null ? from : Integer.parseInt(m.group(2), 16)});
        }
        Set<String> outside = new TreeSet<>();
        for (String text : bundle("zh-CN").values()) {
            text.codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .filter(c -> ranges.stream().noneMatch(r -> r[0] <= c && c <= r[1]))
                    .forEach(c -> outside.add(Character.toString(c)));
        }
        assertEquals(Set.of(), outside, "run /usr/bin/python3 portal-war/fonts/make-web-font.py");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
