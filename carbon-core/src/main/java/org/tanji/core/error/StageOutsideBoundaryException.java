package org.tanji.core.error;

/** An activity belongs to a life-cycle stage the system boundary leaves out. */
public class StageOutsideBoundaryException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public StageOutsideBoundaryException(String line, String stage, String boundary) {
        super(
                line + " is in stage " + stage + ", which the " + boundary
                        + " boundary leaves out: remove the activity, widen the system boundary, or calculate with CalculationSetup.excludingStagesOutsideBoundary()");
    }
}
