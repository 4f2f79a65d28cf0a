package org.tanji.core.error;

/** A process system with no unique solution: products that only make each other, a loop with no net output. */
public class SingularSystemException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public SingularSystemException(String processes, String why) {
        super("The process system cannot be solved: " + why + " (processes: " + processes
                + "); give the loop a net output or break it");
    }
}
