package org.tanji.core.process;

import org.tanji.core.model.Amount;

/** The functional unit of a process-system calculation: an amount of one of its products. */
public record Demand(String product, Amount amount) {
    public static Demand of(String product, double amount, String unit) {
        return new Demand(product, Amount.of(amount, unit));
    }
}
