package org.tanji.core.unit;

import javax.measure.Quantity;
import javax.measure.Unit;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;

/**
 * Base units that convert into nothing else: each currency-year, and things counted that are neither pieces nor
 * money (passengers, rooms, nights). Each gets a dimension symbol from Unicode's private-use area, which cannot
 * clash with SI's.
 */
final class OwnDimensions {
    private static char next = '\uE000';

    private OwnDimensions() {}

    static synchronized <Q extends Quantity<Q>> Unit<Q> baseUnit(String symbol) {
        return new BaseUnit<>(symbol, UnitDimension.parse(next++));
    }
}
