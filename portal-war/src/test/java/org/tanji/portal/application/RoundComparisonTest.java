package org.tanji.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundComparisonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final String MODEL = "{'parts':[{'id':'pack','components':[{'part':'cell','quantity':%s}],"
            + "'activities':[{'id':'welding','amount':{'value':2,'unit':'kWh'}}]},{'id':'cell','activities':[]}]}";

    @Test
    void listItemsAreNamedByTheirIdSoThatAMovedPartIsNoChange() throws Exception {
        String swapped =
                "{'parts':[{'id':'cell','activities':[]},{'id':'pack','components':[{'part':'cell','quantity':16}],"
                        + "'activities':[{'id':'welding','amount':{'value':2,'unit':'kWh'}}]}]}";
        JsonNode empty = json("{'total':0,'lines':[]}");
        RoundComparison c = RoundComparison.of(json(MODEL.formatted(16)), json(swapped), empty, empty);
        assertEquals(List.of(), c.model());
    }

    @Test
    void aChangedQuantityIsOneFieldWithBothValues() throws Exception {
        JsonNode empty = json("{'total':0,'lines':[]}");
        RoundComparison c = RoundComparison.of(json(MODEL.formatted(16)), json(MODEL.formatted(8)), empty, empty);
        assertEquals(1, c.model().size());
        assertEquals("parts[pack].components[cell].quantity", c.model().get(0).path());
        assertEquals(16, c.model().get(0).before().asInt());
        assertEquals(8, c.model().get(0).after().asInt());
    }

    @Test
    void resultLinesAddedRemovedAndChangedByTheirLineId() throws Exception {
        JsonNode before = json("{'total':10,'lines':[{'line':'a','kgCo2e':4,'factor':'f1'},"
                + "{'line':'b','kgCo2e':6,'factor':'f2'},{'line':'c','kgCo2e':0,'factor':'f3'}]}");
        JsonNode after = json("{'total':9,'lines':[{'line':'a','kgCo2e':4,'factor':'f1'},"
                + "{'line':'b','kgCo2e':3,'factor':'f4'},{'line':'d','kgCo2e':2,'factor':'f3'}]}");
        JsonNode model = json("{}");
        RoundComparison c = RoundComparison.of(model, model, before, after);
        assertEquals(10, c.totalBefore());
        assertEquals(9, c.totalAfter());
        assertEquals(3, c.lines().size());
        RoundComparison.LineChange b = c.lines().get(0);
        assertEquals("b", b.line());
        assertEquals(RoundComparison.Kind.CHANGED, b.change());
        assertEquals(
                List.of("kgCo2e", "factor"),
                b.fields().stream().map(RoundComparison.Change::path).toList());
        assertEquals(
                new RoundComparison.LineChange("d", RoundComparison.Kind.ADDED, null, 2.0, List.of()),
                c.lines().get(1));
        assertEquals(RoundComparison.Kind.REMOVED, c.lines().get(2).change());
        assertNull(c.lines().get(2).kgCo2eAfter());
    }
}
