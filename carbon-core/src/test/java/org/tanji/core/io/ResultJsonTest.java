package org.tanji.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.model.Amount;
import org.tanji.core.model.BomLine;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.Part;
import org.tanji.core.model.SystemBoundary;
import org.tanji.core.result.FootprintResult;

class ResultJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A kit of 40 parts; part i is made of i kg of steel at 2 kg CO2e/kg. */
  private static FootprintResult kit() {
    EmissionFactor steel = EmissionFactor.builder("steel", "kg").co2e(EmissionCategory.FOSSIL, 2, GwpSet.AR6).build();
    List<BomLine> lines = new ArrayList<>();
    FootprintModel.Builder b = FootprintModel.builder("Kit").declaredUnit(DeclaredUnit.of(1, "piece", "one kit"))
        .boundary(SystemBoundary.CRADLE_TO_GATE).root("kit");
    for (int i = 1; i <= 40; i++) {
      lines.add(BomLine.of("p" + i, 1));
      b.part(Part.of("p" + i, "part " + i)
          .withActivities(List.of(Input.material("steel-" + i, Amount.of(i, "kg"), "steel"))));
    }
    b.part(Part.of("kit", "kit").withComponents(lines));
    return FootprintCalculator.using(FactorSource.of(List.of(steel))).calculate(b.build());
  }

  @Test
  void aSummaryListsTheLargestPartsAndHowManyThereAre() throws Exception {
    JsonNode summary = JSON.readTree(ResultJson.summary(kit()));
    assertEquals(41, summary.get("partCount").asInt());
    JsonNode parts = summary.get("byPart");
    assertEquals(ResultJson.SUMMARY_PARTS, parts.size());
    // 2 kg CO2e/kg × (1 + … + 40) kg = 1640; then part 40 (80), part 39 (78) …
    assertEquals("kit", parts.get(0).get("part").asText());
    assertEquals(1640, parts.get(0).get("cumulativeKgCo2e").asDouble(), 1e-9);
    assertEquals("p40", parts.get(1).get("part").asText());
    assertEquals(80, parts.get(1).get("cumulativeKgCo2e").asDouble(), 1e-9);
    assertEquals("p17", parts.get(24).get("part").asText());
    assertEquals(1640, summary.get("total").asDouble(), 1e-9);
    assertEquals(null, summary.get("lines"));
  }

  @Test
  void theFullResultListsEveryPartInBomOrderAndEveryLine() throws Exception {
    JsonNode full = JSON.readTree(ResultJson.compact(kit()));
    assertEquals(41, full.get("byPart").size());
    assertEquals(40, full.get("lines").size());
  }
}
