/**
 * The matrix path: a process system compiled into a technosphere matrix A and an intervention matrix B, split into
 * strongly connected blocks in topological order; acyclic parts are solved by one sweep, cyclic blocks by a sparse
 * LU under a minimum-degree ordering. Results: scaling s = A⁻¹f, inventory g = Bs, contributions, upstream tree.
 */
package org.tanji.core.calc.solver;
