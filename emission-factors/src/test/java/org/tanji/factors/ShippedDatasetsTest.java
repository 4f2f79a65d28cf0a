package org.tanji.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tanji.core.calc.FootprintCalculator;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.GasAmount;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.model.Amount;
import org.tanji.core.model.DeclaredUnit;
import org.tanji.core.model.FootprintModel;
import org.tanji.core.model.Input;
import org.tanji.core.model.InputKind;
import org.tanji.core.model.Part;
import org.tanji.core.result.FootprintResult;

/**
 * Published values typed from the source documents (not read back from our files), found through the library.
 */
class ShippedDatasetsTest {
    private static final FactorLibrary LIBRARY = FactorLibrary.shipped();

    private static EmissionFactor factor(String id) {
        return LIBRARY.find(id).orElseThrow(() -> new AssertionError("no factor " + id));
    }

    private static double co2e(String id) {
        return factor(id).co2e().stream().mapToDouble(c -> c.kgCo2e()).sum();
    }

    private static double gas(String id, Gas gas) {
        return factor(id).gases().stream()
                .filter(g -> g.gas() == gas)
                .mapToDouble(GasAmount::kg)
                .sum();
    }

    private static final FactorSource DESNZ_AS_PUBLISHED =
            LIBRARY.pinnedTo(new DatasetPins(Map.of("desnz-2024", "1.1")));

    private static double published(String id) {
        return DESNZ_AS_PUBLISHED.find(id).orElseThrow().co2e().stream()
                .mapToDouble(c -> c.kgCo2e())
                .sum();
    }

    @Test
    void desnz2024HeadlineFactors() {
        // DESNZ/Defra conversion factors 2024: UK electricity 0.20705, natural gas 0.18290 kg CO2e/kWh (gross CV),
        // diesel (average biofuel blend) 2.51279 kg CO2e/litre, container ship average 0.01612 kg CO2e/tonne.km
        assertEquals(0.20705, published("desnz-2024:7_400_4000_5"), 0);
        assertEquals(0.18290, published("desnz-2024:1_100_1004_6"), 0);
        assertEquals(2.51279, published("desnz-2024:1_101_1011_8"), 0);
        assertEquals(0.01612, published("desnz-2024:27_320_3235_14"), 0);
        EmissionFactor gas = DESNZ_AS_PUBLISHED.find("desnz-2024:1_100_1004_6").orElseThrow();
        assertEquals(GwpSet.AR5, gas.co2eGwpSet());
        assertEquals("desnz-2024", gas.provenance().dataset());
        assertEquals("1.1", gas.provenance().version());
        assertEquals("OGL-UK-3.0", gas.provenance().licence());
        assertEquals(
                "t·km",
                org.tanji.core.unit.ActivityUnits.symbol(
                        factor("desnz-2024:27_320_3235_14").unit()));
    }

    @Test
    void desnzCombustionFactorsByGasAreRecharacterised() {
        // diesel (average biofuel blend), DESNZ 2024 parts: CO2 2.4796, CH4 0.00029, N2O 0.0329 kg CO2e per litre,
        // weighted with CH4 28 and N2O 265 (AR5, as listed in the same file). By gas, an AR6 calculation weights them
        // with fossil CH4 29.8 and N2O 273 (AR6 WG1 Table 7.15) instead of keeping AR5 totals.
        EmissionFactor diesel = factor("desnz-2024:1_101_1011_8");
        assertEquals("1.1-by-gas", diesel.provenance().version());
        assertEquals(2.4796, gas("desnz-2024:1_101_1011_8", Gas.CO2_FOSSIL), 0);
        assertEquals(0.00029 / 28, gas("desnz-2024:1_101_1011_8", Gas.CH4_FOSSIL), 1e-18);
        assertEquals(0.0329 / 265, gas("desnz-2024:1_101_1011_8", Gas.N2O), 1e-18);
        FootprintModel litre = FootprintModel.builder("forklift")
                .declaredUnit(DeclaredUnit.of(1, "L", null))
                .part(Part.of("fuel", "diesel")
                        .withUnit(org.tanji.core.unit.ActivityUnits.parse("L"))
                        .withActivities(List.of(
                                Input.of("diesel", InputKind.FUEL, Amount.of(1, "L"), "desnz-2024:1_101_1011_8"))))
                .build();
        FootprintResult ar6 = FootprintCalculator.using(LIBRARY).calculate(litre);
        assertEquals(2.4796 + 0.00029 / 28 * 29.8 + 0.0329 / 265 * 273, ar6.total(), 1e-12);
        assertEquals(List.of(), ar6.warnings()); // no AR5 totals kept
        assertEquals("AR6", ar6.lines().get(0).gwpSet());
        // grid electricity: its methane is stated without an origin, and the result says so
        assertEquals(0.0009 / 28, gas("desnz-2024:7_400_4000_5", Gas.CH4_ORIGIN_NOT_STATED), 1e-18);
        // every split factor, weighted with DESNZ's own GWPs, gives DESNZ's published total, which DESNZ rounds to five
        // decimals while it gives some parts with more (Mini diesel car: 0.10597 + 0.0000046368 + 0.00167 = 0.10764…)
        int checked = 0;
        for (FactorMatch m : LIBRARY.search(FactorQuery.all().limit(100_000))) {
            EmissionFactor f = m.factor().factor();
            if (f.provenance().version().equals("1.1-by-gas") && !f.gases().isEmpty()) {
                double desnzWeighted = f.gases().stream()
                        .mapToDouble(g -> g.kg()
                                * (g.gas().formula().equals("CH4")
                                        ? 28
                                        : g.gas().formula().equals("N2O") ? 265 : 1))
                        .sum();
                assertEquals(published(f.id()), desnzWeighted, 0.5e-5 + 1e-9 * published(f.id()), f.id());
                checked++;
            }
        }
        assertEquals(1302, checked);
    }

    @Test
    void chinaGridFactorsForXiamenExporters() {
        // MEE & NBS 2023 factors (announcement 2025 No.47): Fujian 0.4211, East China grid 0.5500, national 0.5306
        assertEquals(0.4211, gas("cn-mee-elec-2023:province-cn-fj", Gas.CO2_FOSSIL), 0);
        assertEquals(0.5500, gas("cn-mee-elec-2023:region-east", Gas.CO2_FOSSIL), 0);
        assertEquals(0.5306, gas("cn-mee-elec-2023:national", Gas.CO2_FOSSIL), 0);
        LibraryFactor fujian = LIBRARY.factor("cn-mee-elec-2023:province-cn-fj").orElseThrow();
        assertTrue(fujian.secondary(), "China values are secondary copies until the official file replaces them");
        assertEquals("福建", fujian.regionZh());
        assertEquals("CN-FJ", fujian.region());
    }

    @Test
    void epaHubGasesInTheirPublishedUnits() {
        // EPA GHG Emission Factors Hub 2025, Table 1: natural gas 53.06 kg CO2, 1.0 g CH4, 0.10 g N2O per mmBtu
        String id = "epa-hub-2025:t1:natural-gas:mmbtu";
        assertEquals(53.06, gas(id, Gas.CO2_FOSSIL), 0);
        assertEquals(0.001, gas(id, Gas.CH4_FOSSIL), 1e-15);
        assertEquals(0.0001, gas(id, Gas.N2O), 1e-15);
    }

    @Test
    void spendBasedFactorsArePerDollarOfTheirPriceYear() {
        EmissionFactor cement = factor("useeio-v1.2:naics2017:327310");
        assertEquals("USD2021", org.tanji.core.unit.ActivityUnits.symbol(cement.unit()));
        assertEquals(GwpSet.AR4, cement.co2eGwpSet());
    }

    @Test
    void shippedGwpValuesAgreeWithCarbonCoresSets() {
        // IPCC AR6 WG I: CH4 fossil 29.8, N2O 273, SF6 25200; AR5 N2O 265; AR4 N2O 298 — in the dataset and in core
        assertEquals(29.8, co2e("gwp100:AR6:CH4_fossil"), 0);
        assertEquals(273, co2e("gwp100:AR6:N2O"), 0);
        int compared = 0;
        for (FactorMatch m : LIBRARY.search(FactorQuery.all().category("GWP100").limit(1000))) {
            String[] parts = m.factor().id().split(":");
            String gas = parts[2].replace("CH4_fossil", "CH4-fossil")
                    .replace("CH4_nonfossil", "CH4-biogenic")
                    .replaceFirst("^HFC(\\d)", "HFC-$1");
            if (!Gas.codes().contains(gas) || !Gas.of(gas).originStated()) {
                continue; // a gas carbon-core has no built-in value for, or CH4 without its origin
            }
            GwpSet set = GwpSet.named(parts[1]);
            assertEquals(
                    set.gwp(Gas.of(gas)).orElseThrow(),
                    co2e(m.factor().id()),
                    0,
                    m.factor().id());
            compared++;
        }
        assertTrue(compared >= 40, "compared " + compared);
    }

    @Test
    void everyDatasetNamesSourceLicenceAndAttribution() {
        List<DatasetManifest> sets = LIBRARY.datasets();
        assertEquals(
                List.of(
                        "desnz-2024 1.1",
                        "desnz-2024 1.1-by-gas",
                        "epa-ghg-hub-2025 2025-01-15",
                        "epa-useeio-supply-chain 1.2",
                        "ipcc-gwp100 AR4-AR5-AR6",
                        "cn-mee-grid 2021-2023"),
                sets.stream().map(m -> m.dataset() + " " + m.version()).toList());
        for (DatasetManifest m : sets) {
            assertFalse(m.licence().isBlank(), m.dataset());
            assertFalse(m.attribution().isBlank(), m.dataset());
            assertFalse(m.title().isBlank(), m.dataset());
        }
        assertTrue(LIBRARY.attributions().get(0).contains("Open Government Licence v3.0"));
        assertTrue(
                LIBRARY.datasets().stream().noneMatch(m -> m.dataset().contains("ipcc-2006")),
                "the IPCC 2006 table may not be redistributed");
    }

    @Test
    void biogenicMemoItemsAreBiogenic() {
        EmissionFactor memo = LIBRARY.search(
                        FactorQuery.all().category("Outside of scopes").limit(1))
                .get(0)
                .factor()
                .factor();
        assertEquals(EmissionCategory.BIOGENIC_EMISSION, memo.co2e().get(0).category());
    }
}
