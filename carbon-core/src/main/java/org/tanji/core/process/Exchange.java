package org.tanji.core.process;

import java.util.Objects;
import org.tanji.core.error.InvalidAmountException;
import org.tanji.core.model.Amount;

/**
 * One flow of a process per its reference amount: a product in or out, an avoided product, waste out, or a gas.
 *
 * @param flow the product, waste or gas code ({@code CO2-fossil})
 * @param provider for an input: the process that makes it, when several do; else null
 * @param price for an output under economic allocation: price per unit; else null
 * @param property for an output under physical allocation: the property per unit (e.g. MJ/kg); else null
 * @param allocationFactor for an output under manual allocation: its share (0–1); else null
 */
public record Exchange(
        ExchangeKind kind,
        String flow,
        Amount amount,
        String provider,
        Double price,
        Double property,
        Double allocationFactor) {

    public Exchange {
        Objects.requireNonNull(kind, "kind of exchange");
        if (flow == null || flow.isBlank()) {
            throw new IllegalArgumentException("an exchange needs a flow");
        }
        Objects.requireNonNull(amount, "amount of " + flow);
        if (amount.value() < 0) {
            throw new InvalidAmountException(kind.key() + " of '" + flow + "'", "the amount", amount.value());
        }
    }

    public static Exchange of(ExchangeKind kind, String flow, double amount, String unit) {
        return new Exchange(kind, flow, Amount.of(amount, unit), null, null, null, null);
    }

    public Exchange withProvider(String provider) {
        return new Exchange(kind, flow, amount, provider, price, property, allocationFactor);
    }

    public Exchange withPrice(double price) {
        return new Exchange(kind, flow, amount, provider, price, property, allocationFactor);
    }

    public Exchange withProperty(double property) {
        return new Exchange(kind, flow, amount, provider, price, property, allocationFactor);
    }

    public Exchange withAllocationFactor(double factor) {
        return new Exchange(kind, flow, amount, provider, price, property, factor);
    }

    /** True for a product the process makes (reference or co-product). */
    public boolean isProductOutput() {
        return kind == ExchangeKind.OUTPUT;
    }

    /** True for a flow to or from the environment: a gas, or another flow a characterisation method counts. */
    public boolean isElementary() {
        return kind == ExchangeKind.EMISSION || kind == ExchangeKind.UPTAKE || kind == ExchangeKind.RESOURCE;
    }
}
