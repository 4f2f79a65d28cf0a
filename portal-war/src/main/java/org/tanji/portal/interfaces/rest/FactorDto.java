package org.tanji.portal.interfaces.rest;

import org.tanji.core.factor.Co2eAmount;
import org.tanji.core.factor.GasAmount;
import org.tanji.core.unit.ActivityUnits;
import org.tanji.factors.LibraryFactor;

/**
 * An emission factor as the API shows it: what it is per, what it states, and where it comes from.
 *
 * @param gases kg of each gas per unit (gas code → kg)
 * @param co2e kg CO2e per unit by category, made with {@code gwpSet}
 */
public record FactorDto(String id, String name, String nameZh, String category, String unit, String region,
    String regionZh, Integer year, java.util.Map<String, Double> gases, java.util.Map<String, Double> co2e,
    String gwpSet, String dataset, String version, String source, String licence, boolean secondary,
    boolean primary, String note) {

  static FactorDto of(LibraryFactor f) {
    java.util.Map<String, Double> gases = new java.util.LinkedHashMap<>();
    for (GasAmount g : f.factor().gases()) {
      gases.put(g.gas().code(), g.kg());
    }
    java.util.Map<String, Double> co2e = new java.util.LinkedHashMap<>();
    for (Co2eAmount c : f.factor().co2e()) {
      co2e.put(c.category().key(), c.kgCo2e());
    }
    var p = f.factor().provenance();
    return new FactorDto(f.id(), f.factor().name(), f.nameZh(), f.category(),
        ActivityUnits.symbol(f.factor().unit()), p.region(), f.regionZh(), p.year(), gases, co2e,
        f.factor().co2eGwpSet() == null ? null : f.factor().co2eGwpSet().name(), p.dataset(), p.version(),
        p.source(), p.licence(), f.secondary(), f.factor().primary(), f.note());
  }
}
