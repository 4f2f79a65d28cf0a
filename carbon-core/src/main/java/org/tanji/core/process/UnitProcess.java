package org.tanji.core.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.model.Amount;

/**
 * A unit process: its reference flow (a product it makes, or a waste it treats) of any amount, and what it
 * exchanges per that amount.
 *
 * <pre>{@code
 * UnitProcess power = UnitProcess.making("power", "electricity, grid", 10, "kWh")
 *     .input("coal", 3.2, "kg")
 *     .emission("CO2-fossil", 8.1);
 * UnitProcess mine = UnitProcess.making("mine", "coal", 1000, "kg").input("electricity, grid", 15, "kWh");
 * }</pre>
 *
 * @param reference an OUTPUT exchange (the reference product) or, for a treatment process, a WASTE exchange (the
 *     waste it treats)
 * @param allocation how co-products share the burdens; null when the process has one product
 */
public record UnitProcess(
        String id, String name, Exchange reference, List<Exchange> exchanges, ProcessAllocation allocation) {

    public UnitProcess {
        if (id == null || id.isBlank()) {
            throw new InvalidModelException("a process needs an id");
        }
        name = name == null ? id : name;
        Objects.requireNonNull(reference, "reference flow of process " + id);
        if (reference.kind() != ExchangeKind.OUTPUT && reference.kind() != ExchangeKind.WASTE) {
            throw new InvalidModelException(
                    "process '" + id + "': the reference flow must be a product output or, for a"
                            + " treatment process, the waste it treats");
        }
        if (!(reference.amount().value() > 0)) {
            throw new InvalidModelException(
                    "process '" + id + "': the reference amount must be positive, not " + reference.amount());
        }
        exchanges = List.copyOf(exchanges);
    }

    /** A process making {@code amount} {@code unit} of {@code product}. */
    public static UnitProcess making(String id, String product, double amount, String unit) {
        return new UnitProcess(id, id, Exchange.of(ExchangeKind.OUTPUT, product, amount, unit), List.of(), null);
    }

    /** A process treating {@code amount} {@code unit} of the waste {@code waste}. */
    public static UnitProcess treating(String id, String waste, double amount, String unit) {
        return new UnitProcess(id, id, Exchange.of(ExchangeKind.WASTE, waste, amount, unit), List.of(), null);
    }

    public UnitProcess named(String name) {
        return new UnitProcess(id, name, reference, exchanges, allocation);
    }

    public UnitProcess with(Exchange exchange) {
        List<Exchange> more = new ArrayList<>(exchanges);
        more.add(exchange);
        return new UnitProcess(id, name, reference, more, allocation);
    }

    public UnitProcess input(String product, double amount, String unit) {
        return with(Exchange.of(ExchangeKind.INPUT, product, amount, unit));
    }

    public UnitProcess avoided(String product, double amount, String unit) {
        return with(Exchange.of(ExchangeKind.AVOIDED, product, amount, unit));
    }

    public UnitProcess waste(String waste, double amount, String unit) {
        return with(Exchange.of(ExchangeKind.WASTE, waste, amount, unit));
    }

    /** Adds {@code kg} kilograms of gas {@code gas} released. */
    public UnitProcess emission(String gas, double kg) {
        return with(Exchange.of(ExchangeKind.EMISSION, gas, kg, "kg"));
    }

    /** Adds {@code kg} kilograms of gas {@code gas} taken up. */
    public UnitProcess uptake(String gas, double kg) {
        return with(Exchange.of(ExchangeKind.UPTAKE, gas, kg, "kg"));
    }
    /** {@code amount} {@code unit} of a resource taken from nature (water, land), per the reference amount. */
    public UnitProcess resource(String flow, double amount, String unit) {
        return with(Exchange.of(ExchangeKind.RESOURCE, flow, amount, unit));
    }

    public UnitProcess allocatedBy(ProcessAllocation allocation) {
        return new UnitProcess(id, name, reference, exchanges, allocation);
    }

    /** The reference product output and the co-product outputs. */
    public List<Exchange> productOutputs() {
        List<Exchange> out = new ArrayList<>();
        if (reference.isProductOutput()) {
            out.add(reference);
        }
        exchanges.stream().filter(Exchange::isProductOutput).forEach(out::add);
        return out;
    }

    /** The reference amount with its unit. */
    public Amount referenceAmount() {
        return reference.amount();
    }
}
