package org.tanji.factors;

import javax.measure.Dimension;
import org.tanji.core.factor.EmissionFactor;

/**
 * An emission factor as the library holds it: the factor itself plus what helps find and judge it.
 *
 * @param category the publisher's category, e.g. "Freighting goods" or "Grid electricity … - provincial"
 * @param nameZh the Chinese name, where the publisher gives one
 * @param regionZh the Chinese region name (福建, 华东 …), where there is one
 * @param sourceUnit the unit as the publisher writes it, e.g. "kWh (Gross CV)"
 * @param note how to read the number (basis, gas split, verification status)
 * @param secondary true when the number is a secondary copy
 */
public record LibraryFactor(
        EmissionFactor factor,
        String category,
        String nameZh,
        String regionZh,
        String sourceUnit,
        String note,
        boolean secondary) {

    public String id() {
        return factor.id();
    }

    public String region() {
        return factor.provenance().region();
    }

    public Integer year() {
        return factor.provenance().year();
    }

    Dimension dimension() {
        return factor.unit().getDimension();
    }
}
