package org.tanji.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tanji.core.model.LifeCycleStage;
import org.tanji.core.result.FactorContribution;
import org.tanji.core.result.FootprintResult;
import org.tanji.core.result.GasResult;
import org.tanji.core.result.PartResult;

/**
 * Whether a recalculation gives the numbers a stored result holds ({@link ResultJson#summary} or the full result):
 * the total, each stage, each gas, each factor's contribution and each part the stored text lists, to the last
 * digit. The numbers, not the text, are compared, so a result written by an earlier version of the writer (other
 * fields, other field order, other parts listed) still checks; a changed number does not.
 *
 * <pre>{@code
 * List<String> differences = ResultComparison.differences(storedSummary, recalculated);
 * }</pre>
 */
public final class ResultComparison {
    private ResultComparison() {}

    /** What differs between the stored summary and the recalculated result; empty when it reproduces. */
    public static List<String> differences(String storedSummary, FootprintResult again) {
        JsonNode stored;
        try {
            stored = ModelJson.MAPPER.readTree(storedSummary);
        } catch (JsonProcessingException e) {
            return List.of("the stored summary does not parse: " + e.getOriginalMessage());
        }
        List<String> found = new ArrayList<>();
        compare(found, "total", stored.path("total"), again.total());
        stored.path("byStage")
                .fields()
                .forEachRemaining(e -> compare(
                        found,
                        "stage " + e.getKey(),
                        e.getValue().path("total"),
                        again.stage(LifeCycleStage.ofKey(e.getKey()))));
        Map<String, Double> gases = new HashMap<>();
        for (GasResult g : again.byGas()) {
            gases.put(g.gas() + " " + g.category(), g.kgCo2e());
        }
        stored.path("byGas")
                .forEach(g -> compare(
                        found,
                        "gas " + g.path("gas").asText() + " "
                                + g.path("category").asText(),
                        g.path("kgCo2e"),
                        gases.get(g.path("gas").asText() + " "
                                + g.path("category").asText())));
        Map<String, Double> factors = new HashMap<>();
        for (FactorContribution f : again.byFactor()) {
            factors.put(f.factorId(), f.kgCo2e());
        }
        stored.path("byFactor")
                .forEach(f -> compare(
                        found,
                        "factor " + f.path("factor").asText(),
                        f.path("kgCo2e"),
                        factors.get(f.path("factor").asText())));
        Map<String, Double> parts = new HashMap<>();
        for (PartResult p : again.byPart()) {
            parts.put(p.partId(), p.cumulativeKgCo2e());
        }
        stored.path("byPart")
                .forEach(p -> compare(
                        found,
                        "part " + p.path("part").asText(),
                        p.path("cumulativeKgCo2e"),
                        parts.get(p.path("part").asText())));
        return found;
    }

    private static void compare(List<String> found, String what, JsonNode stored, Double now) {
        if (!stored.isNumber()) {
            return; // not in this summary's format
        }
        if (now == null) {
            found.add(what + ": stored " + stored.asDouble() + ", absent now");
        } else if (Double.compare(stored.asDouble(), now) != 0) {
            found.add(what + ": stored " + stored.asDouble() + ", now " + now);
        }
    }
}
