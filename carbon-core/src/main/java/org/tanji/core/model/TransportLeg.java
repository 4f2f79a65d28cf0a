package org.tanji.core.model;

import java.util.Objects;
import javax.measure.IncommensurableException;
import javax.measure.Unit;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.unit.ActivityUnits;
import org.tanji.core.unit.UnitConversion;

/**
 * A transport leg: mass × distance by a mode gives transport work in t·km, times a factor per t·km.
 *
 * <p>The empty-return share is the part of the distance driven back empty (0: none, 1: the whole way back);
 * it adds that share of the distance to the work, a conservative simplification where the factor is for
 * average-laden vehicles.
 *
 * <pre>{@code
 * TransportLeg sea = new TransportLeg("Xiamen-Rotterdam", LifeCycleStage.DISTRIBUTION,
 *     Amount.of(480, "kg"), Amount.of(18_500, "km"), "container ship", 0, "desnz-2024:container-ship-tkm");
 * }</pre>
 *
 * @param stage null means distribution
 */
public record TransportLeg(
        String id,
        LifeCycleStage stage,
        Amount mass,
        Amount distance,
        String mode,
        double emptyReturnShare,
        String factorId)
        implements Activity {

    public TransportLeg {
        Objects.requireNonNull(id, "activity id");
        Objects.requireNonNull(factorId, "emission factor of transport leg '" + id + "'");
        stage = stage == null ? LifeCycleStage.DISTRIBUTION : stage;
        mass.requireNonNegative("transport leg '" + id + "'", "the mass");
        distance.requireNonNegative("transport leg '" + id + "'", "the distance");
        if (!(emptyReturnShare >= 0 && emptyReturnShare <= 1)) {
            throw new InvalidModelException("transport leg '" + id + "': the empty-return share is " + emptyReturnShare
                    + "; it must be 0 to 1");
        }
        tonneKilometres(id, mass, distance, 0);
    }

    /** Transport work of this leg in t·km, empty return included. */
    public double tonneKilometres() {
        return tonneKilometres(id, mass, distance, emptyReturnShare);
    }

    private static double tonneKilometres(String id, Amount mass, Amount distance, double emptyReturn) {
        return inUnit(id, mass, ActivityUnits.TONNE, "a mass")
                * inUnit(id, distance, ActivityUnits.KILOMETRE, "a distance")
                * (1 + emptyReturn);
    }

    private static double inUnit(String id, Amount a, Unit<?> target, String what) {
        try {
            return a.value() * UnitConversion.multiplier(a.unit(), target);
        } catch (IncommensurableException e) {
            throw new InvalidModelException("transport leg '" + id + "': " + a + " is not " + what + " (give it in "
                    + ActivityUnits.symbol(target) + " or a unit of the same dimension)");
        }
    }

    @Override
    public double quantity() {
        return tonneKilometres();
    }

    @Override
    public TransportWork transportWork(double unitsOfPart) {
        double tonnes = inUnit(id, mass, ActivityUnits.TONNE, "a mass") * unitsOfPart;
        double km = inUnit(id, distance, ActivityUnits.KILOMETRE, "a distance");
        return new TransportWork(
                mode == null || mode.isBlank() ? null : mode,
                tonnes,
                km,
                emptyReturnShare,
                tonnes * km * (1 + emptyReturnShare));
    }

    @Override
    public ActivityLine line(int i) {
        String label = id + (mode == null || mode.isBlank() ? "" : " (" + mode + ")");
        return new ActivityLine(label, tonneKilometres(), ActivityUnits.TONNE_KILOMETRE, factorId, null, stage);
    }
}
