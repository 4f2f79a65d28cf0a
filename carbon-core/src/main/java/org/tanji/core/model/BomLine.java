package org.tanji.core.model;

import java.util.Objects;
import org.tanji.core.error.InvalidAmountException;
import org.tanji.core.error.InvalidModelException;

/**
 * A line of a bill of materials: {@code quantity} units of part {@code partId} per one unit of the parent, of
 * which the share {@code scrapRate} is lost in making the parent (so 1 / (1 − scrap) times the quantity is
 * needed).
 */
public record BomLine(String partId, double quantity, double scrapRate) {

    public BomLine {
        Objects.requireNonNull(partId, "part id of a BOM line");
        if (!(quantity >= 0) || Double.isInfinite(quantity)) {
            throw new InvalidAmountException("BOM line to part '" + partId + "'", "the quantity", quantity);
        }
        if (!(scrapRate >= 0 && scrapRate < 1)) {
            throw new InvalidModelException("BOM line to part '" + partId + "': the scrap rate is " + scrapRate
                    + "; it must be at least 0 and below 1");
        }
    }

    public static BomLine of(String partId, double quantity) {
        return new BomLine(partId, quantity, 0);
    }

    /** Units of the part needed per unit of the parent, scrap included. */
    public double grossQuantity() {
        return quantity / (1 - scrapRate);
    }
}
