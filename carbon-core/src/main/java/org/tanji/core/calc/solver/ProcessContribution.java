package org.tanji.core.calc.solver;

/**
 * What one process (or one product's share of an allocated process) emits itself for the demand.
 *
 * @param process process id, or "other" for the grouped rest of a top-N list
 * @param scaling how many times its reference amount the demand needs (negative for a credited, avoided product)
 * @param kgCo2e its direct emissions for the demand
 * @param share of the total (may be negative or exceed 1 when credits offset burdens)
 */
public record ProcessContribution(
        String process, String name, String product, double scaling, double kgCo2e, double share) {}
