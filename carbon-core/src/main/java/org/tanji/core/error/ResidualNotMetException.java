package org.tanji.core.error;

/**
 * A solution that does not satisfy its equations closely enough to be trusted, after every method the solver has
 * (the chosen one, iterative refinement, GMRES preconditioned by the exact LU) was tried.
 */
public class ResidualNotMetException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public ResidualNotMetException(String processes, double residual, double bound) {
        super("The process system's loop could not be solved accurately: the relative residual stays at " + residual
                + ", above " + bound + " (processes: " + processes + "); the loop is nearly singular or badly scaled"
                + " — check its coefficients and units");
    }
}
