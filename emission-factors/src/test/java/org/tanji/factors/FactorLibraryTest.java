package org.tanji.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tanji.factors.TestDatasets.HEADER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.error.UnknownFactorException;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.Provenance;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.Electricity;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.Part;
import org.tanji.core.result.FootprintResult;

class FactorLibraryTest {
    private static final FactorLibrary SHIPPED = FactorLibrary.shipped();

    @Test
    void searchFindsEnglishAndChineseNamesRanked() {
        List<FactorMatch> fujian = SHIPPED.search(FactorQuery.text("福建").year(2023));
        assertEquals("cn-mee-elec-2023:province-cn-fj", fujian.get(0).factor().id());
        List<FactorMatch> east = SHIPPED.search(FactorQuery.text("华东 电力").year(2022));
        assertEquals("cn-mee-elec-2022:region-east", east.get(0).factor().id());
        List<FactorMatch> gas =
                SHIPPED.search(FactorQuery.text("natural gas").unit("kWh").region("UK"));
        assertTrue(gas.size() >= 2);
        assertTrue(gas.stream().allMatch(m -> m.factor().factor().name().contains("Natural gas")), gas.toString());
        List<FactorMatch> cement = SHIPPED.search(FactorQuery.text("cement"));
        assertTrue(
                cement.stream().noneMatch(m -> m.factor().factor().name().contains("Placement")),
                "words match from their start, not inside other words");
        assertTrue(SHIPPED.search(FactorQuery.text("xylophone quartz")).isEmpty());
    }

    @Test
    void unitSearchMatchesTheDimensionNotTheSymbol() {
        List<FactorMatch> perMass =
                SHIPPED.search(FactorQuery.text("aluminium primary").unit("kg").limit(50));
        assertTrue(
                perMass.stream()
                        .anyMatch(m -> m.factor().factor().unit().equals(org.tanji.core.unit.ActivityUnits.TONNE)),
                "a per-tonne factor serves an activity in kg");
    }

    @Test
    void regionFallbackWalksFromXiamenToFujianAndSaysSo() {
        RegionalMatch m = SHIPPED.forRegion(
                        FactorQuery.text("average electricity").year(2023), "厦门")
                .orElseThrow();
        assertEquals("cn-mee-elec-2023:province-cn-fj", m.factor().id());
        assertEquals("CN-FJ", m.answeredBy());
        assertEquals(1, m.level());
        assertEquals(List.of("CN-FJ-XM", "CN-FJ", "CN-GRID-EAST", "CN", "GLO"), m.chain());
        RegionalMatch fujian = SHIPPED.forRegion(
                        FactorQuery.text("average electricity").year(2023), "Fujian")
                .orElseThrow();
        assertTrue(fujian.exact());
        // Tibet has no provincial factor and the 2023 Southwest grid value is missing: China's national factor answers
        RegionalMatch tibet = SHIPPED.forRegion(
                        FactorQuery.text("average electricity").year(2023), "西藏")
                .orElseThrow();
        assertEquals("CN", tibet.answeredBy());
        assertEquals("cn-mee-elec-2023:national", tibet.factor().id());
        assertEquals(0.5306, tibet.factor().factor().gases().get(0).kg(), 0);
    }

    private static FootprintModel part(String factorId, double kg) {
        return FootprintModel.builder("p")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(Part.of("p", "p").withActivities(List.of(Input.material("m", Amount.of(kg, "kg"), factorId))))
                .build();
    }

    @Test
    void pinnedCalculationsRecalculateIdenticallyAfterANewVersionArrives() {
        Dataset v1 = TestDatasets.load(
                "steelco", "2024", HEADER + "steelco:hrc,Hot-rolled coil,,Metals,CN,,2024,t,t," + "CO2e,2100,,AR6,\n");
        Dataset v2 = TestDatasets.load(
                "steelco", "2025", HEADER + "steelco:hrc,Hot-rolled coil,,Metals,CN,,2025,t,t," + "CO2e,1900,,AR6,\n");
        FactorLibrary then = FactorLibrary.of(List.of(v1));
        FootprintResult first = FootprintCalculator.using(then).calculate(part("steelco:hrc", 10));
        assertEquals(21.0, first.total(), 1e-12); // 0.01 t × 2100 kg CO2e/t
        DatasetPins pins = then.pinsOf(first);
        assertEquals(java.util.Map.of("steelco", "2024"), pins.versions());

        FactorLibrary now = then.withDataset(v2);
        assertEquals(
                19.0,
                FootprintCalculator.using(now)
                        .calculate(part("steelco:hrc", 10))
                        .total(),
                1e-12);
        assertEquals(
                21.0,
                FootprintCalculator.using(now.pinnedTo(pins))
                        .calculate(part("steelco:hrc", 10))
                        .total(),
                1e-12);
        assertEquals(pins, now.pinsOf(first), "the library pins what it supplied");
        assertEquals(
                2100.0,
                now.dataset("steelco/2024")
                        .orElseThrow()
                        .factors()
                        .get(0)
                        .factor()
                        .co2e()
                        .get(0)
                        .kgCo2e(),
                1e-12,
                "an older version stays browsable after a newer one arrives");
        assertTrue(now.dataset("steelco/2023").isEmpty());

        DatasetException missing = assertThrows(
                DatasetException.class, () -> FactorLibrary.of(List.of(v2)).pinnedTo(pins));
        assertTrue(missing.getMessage().contains("steelco version 2024 is not in this library"));
    }

    @Test
    void userFactorsArePrimaryAndCountInThePrimaryDataShare() {
        EmissionFactor metered = EmissionFactor.builder("acme:site-power-2025", "kWh")
                .gas(Gas.CO2_FOSSIL, 0.12)
                .provenance(new Provenance(
                        "ACME Xiamen plant: metered PV + grid mix, 2025 audit", null, null, "CN-FJ-XM", 2025, null))
                .build();
        FactorLibrary mine = SHIPPED.withUserFactors("acme", List.of(metered));
        FootprintModel m = FootprintModel.builder("widget")
                .declaredUnit(DeclaredUnit.of(1, "piece", null))
                .part(Part.of("w", "w")
                        .withActivities(List.of(
                                new Electricity("assembly", null, Amount.of(10, "kWh"), "acme:site-power-2025", null),
                                Input.material(
                                        "steel",
                                        Amount.of(1, "t"),
                                        "desnz-2024:19_504_5116_15")))) // steel cans 2854.91851
                .build();
        FootprintResult r = FootprintCalculator.using(mine).calculate(m);
        assertTrue(mine.find("acme:site-power-2025").orElseThrow().primary());
        assertEquals(1.2 + 2854.91851, r.total(), 1e-9);
        assertEquals(1.2 / (1.2 + 2854.91851), r.primaryDataShare(), 1e-12);
        assertThrows(
                UnknownFactorException.class,
                () -> FootprintCalculator.using(SHIPPED).calculate(m),
                "the shipped library knows no user factors");
        assertThrows(
                IllegalArgumentException.class,
                () -> SHIPPED.withUserFactors(
                        "acme",
                        List.of(EmissionFactor.builder("acme:x", "kg")
                                .gas(Gas.CO2_FOSSIL, 1)
                                .build())),
                "a user factor names its source");
        assertThrows(
                DatasetException.class,
                () -> SHIPPED.withUserFactors(
                        "acme",
                        List.of(EmissionFactor.builder("desnz-2024:7_400_4000_5", "kWh")
                                .gas(Gas.CO2_FOSSIL, 0.1)
                                .provenance(Provenance.primaryData("meter"))
                                .build())),
                "a user factor cannot shadow a shipped id");
    }
}
