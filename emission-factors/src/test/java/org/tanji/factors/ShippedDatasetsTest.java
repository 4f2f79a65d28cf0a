package org.tanji.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.GasAmount;
import org.tanji.core.factor.GwpSet;

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
    return factor(id).gases().stream().filter(g -> g.gas() == gas).mapToDouble(GasAmount::kg).sum();
  }

  @Test
  void desnz2024HeadlineFactors() {
    // DESNZ/Defra conversion factors 2024: UK electricity 0.20705, natural gas 0.18290 kg CO2e/kWh (gross CV),
    // diesel (average biofuel blend) 2.51279 kg CO2e/litre, container ship average 0.01612 kg CO2e/tonne.km
    assertEquals(0.20705, co2e("desnz-2024:7_400_4000_5"), 0);
    assertEquals(0.18290, co2e("desnz-2024:1_100_1004_6"), 0);
    assertEquals(2.51279, co2e("desnz-2024:1_101_1011_8"), 0);
    assertEquals(0.01612, co2e("desnz-2024:27_320_3235_14"), 0);
    assertEquals("t·km", org.tanji.core.unit.ActivityUnits.symbol(factor("desnz-2024:27_320_3235_14").unit()));
    assertEquals(GwpSet.AR5, factor("desnz-2024:1_100_1004_6").co2eGwpSet());
    assertEquals("desnz-2024", factor("desnz-2024:1_100_1004_6").provenance().dataset());
    assertEquals("1.1", factor("desnz-2024:1_100_1004_6").provenance().version());
    assertEquals("OGL-UK-3.0", factor("desnz-2024:1_100_1004_6").provenance().licence());
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
      String gas = parts[2].replace("CH4_fossil", "CH4-fossil").replace("CH4_nonfossil", "CH4-biogenic")
          .replaceFirst("^HFC(\\d)", "HFC-$1");
      if (!Gas.codes().contains(gas) || !Gas.of(gas).originStated()) {
        continue; // a gas carbon-core has no built-in value for, or CH4 without its origin
      }
      GwpSet set = GwpSet.named(parts[1]);
      assertEquals(set.gwp(Gas.of(gas)).orElseThrow(), co2e(m.factor().id()), 0, m.factor().id());
      compared++;
    }
    assertTrue(compared >= 40, "compared " + compared);
  }

  @Test
  void everyDatasetNamesSourceLicenceAndAttribution() {
    List<DatasetManifest> sets = LIBRARY.datasets();
    assertEquals(List.of("desnz-2024", "epa-ghg-hub-2025", "epa-useeio-supply-chain", "ipcc-gwp100", "cn-mee-grid"),
        sets.stream().map(DatasetManifest::dataset).toList());
    for (DatasetManifest m : sets) {
      assertFalse(m.licence().isBlank(), m.dataset());
      assertFalse(m.attribution().isBlank(), m.dataset());
      assertFalse(m.title().isBlank(), m.dataset());
    }
    assertTrue(LIBRARY.attributions().get(0).contains("Open Government Licence v3.0"));
    assertTrue(LIBRARY.datasets().stream().noneMatch(m -> m.dataset().contains("ipcc-2006")),
        "the IPCC 2006 table may not be redistributed");
  }

  @Test
  void biogenicMemoItemsAreBiogenic() {
    EmissionFactor memo = LIBRARY.search(FactorQuery.all().category("Outside of scopes").limit(1)).get(0).factor()
        .factor();
    assertEquals(EmissionCategory.BIOGENIC_EMISSION, memo.co2e().get(0).category());
  }
}
