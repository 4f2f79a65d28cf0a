package org.tanji.core.error;

/** The activity's unit and its emission factor's unit measure different things. */
public class UnitMismatchException extends FootprintException {
    private static final long serialVersionUID = 1L;

    /** For an exchange: {@code where} is in {@code unit}, which cannot be expressed as {@code expected}. */
    public UnitMismatchException(String where, String unit, String expected) {
        super("Unit mismatch in " + where + ": it is in " + unit + " but must convert to " + expected
                + "; give it in a unit of the same dimension");
    }

    public UnitMismatchException(String line, String activityUnit, String factorId, String factorUnit) {
        super("Unit mismatch in " + line + ": the activity is in " + activityUnit + " but factor '" + factorId
                + "' is per " + factorUnit + "; give the amount in a unit of the same dimension or choose a factor per "
                + activityUnit);
    }
}
