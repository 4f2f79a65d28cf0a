package org.tanji.core.result;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.tanji.core.model.Part;
import org.tanji.core.unit.ActivityUnits;

/**
 * The per-part breakdown, stored column-wise and immutable; a {@link PartResult} is made when asked for, so a
 * million-part BOM does not allocate a million records it may never show.
 */
public final class PartList extends AbstractList<PartResult> implements RandomAccess {
    private final Part[] parts;
    private final double[] demand;
    private final double[] direct;
    private final double[] cumulative;

    /** Takes ownership of the arrays (the calculator's); they must not be changed afterwards. */
    public PartList(Part[] parts, double[] demand, double[] direct, double[] cumulative) {
        if (demand.length != parts.length || direct.length != parts.length || cumulative.length != parts.length) {
            throw new IllegalArgumentException("one value per part is needed in every column");
        }
        this.parts = parts;
        this.demand = demand;
        this.direct = direct;
        this.cumulative = cumulative;
    }

    @Override
    public PartResult get(int i) {
        Part p = parts[i];
        return new PartResult(p.id(), p.name(), ActivityUnits.symbol(p.unit()), demand[i], direct[i], cumulative[i]);
    }

    @Override
    public int size() {
        return parts.length;
    }
}
