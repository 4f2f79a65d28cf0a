/**
 * The matrix path: a process system compiled into a technosphere matrix A and an intervention matrix B, split into
 * strongly connected blocks in topological order; acyclic parts are solved by one sweep, each cyclic block
 * ({@code CyclicBlock}) by a sparse LU under a minimum-degree ordering where its fill stays small, else by GMRES with
 * an incomplete LU — every solution checked against a residual bound, with fallbacks — and each loop's conditioning
 * estimated ({@code ConditionEstimate}, {@link org.tanji.core.calc.solver.LoopReport}). Results: scaling s = A⁻¹f,
 * inventory g = Bs, contributions, upstream tree.
 */
package org.tanji.core.calc.solver;
