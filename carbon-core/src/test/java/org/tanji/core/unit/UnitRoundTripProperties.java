package org.tanji.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javax.measure.Unit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Any amount in any accepted unit, converted to any unit of the same kind (the factor's) and back, is the amount
 * again: no spelling can lose or gain a factor of ten on the way.
 */
class UnitRoundTripProperties {

    @Property(tries = 2000)
    void convertingThereAndBackReturnsTheAmount(
            @ForAll("amounts") double amount, @ForAll("commensurablePairs") Tuple2<String, String> units)
            throws Exception {
        Unit<?> from = ActivityUnits.parse(units.get1());
        Unit<?> to = ActivityUnits.parse(units.get2());
        double there = amount * UnitConversion.multiplier(from, to);
        double back = there * UnitConversion.multiplier(to, from);
        assertEquals(amount, back, Math.abs(amount) * 1e-12, units.toString());
    }

    @Provide
    Arbitrary<Double> amounts() {
        return Arbitraries.doubles().between(-1e6, 1e6).ofScale(6);
    }

    @Provide
    Arbitrary<Tuple2<String, String>> commensurablePairs() {
        List<String> symbols = new ArrayList<>(ActivityUnits.symbols());
        return Arbitraries.of(symbols).flatMap(from -> {
            Unit<?> f = ActivityUnits.parse(from);
            List<String> same = symbols.stream()
                    .filter(s -> ActivityUnits.parse(s).isCompatible(f))
                    .toList();
            return Combinators.combine(Arbitraries.just(from), Arbitraries.of(same))
                    .as(Tuple::of);
        });
    }
}
