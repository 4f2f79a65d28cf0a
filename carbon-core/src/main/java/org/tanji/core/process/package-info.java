/**
 * Process systems: supply chains written as processes with a reference product, technosphere inputs linked to
 * their providers, co-products, avoided products, waste to treatment and direct emissions — the form openLCA and
 * Brightway use, solved as a linear system (s = A⁻¹f) by {@link org.tanji.core.calc.solver.SystemSolver}.
 */
package org.tanji.core.process;
