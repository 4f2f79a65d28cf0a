package org.tanji.core.model;

import java.time.LocalDate;
import java.util.Objects;
import org.tanji.core.error.InvalidModelException;

/**
 * The time period the footprint's data represent (ISO 14067 6.3.6, the "reference period" of PACT): for example the
 * production year 2025, from 2025-01-01 to 2025-12-31. Both days are included, as a factory clerk writes a year;
 * {@link #endExclusive()} gives the first day after it, as PACT's {@code referencePeriodEnd} wants.
 *
 * <pre>{@code
 * ReferencePeriod year = ReferencePeriod.of("2025-01-01", "2025-12-31");
 * year.days(); // 365
 * }</pre>
 *
 * @param start the first day the data cover
 * @param end the last day the data cover, not before {@code start}
 */
public record ReferencePeriod(LocalDate start, LocalDate end) {

    public ReferencePeriod {
        Objects.requireNonNull(start, "the reference period's first day");
        Objects.requireNonNull(end, "the reference period's last day");
        if (end.isBefore(start)) {
            throw new InvalidModelException("the reference period ends on " + end + ", before it starts on " + start
                    + "; give the first and the last day the data cover, in that order");
        }
    }

    /** The period from {@code start} to {@code end}, both ISO dates ({@code 2025-01-01}) and both included. */
    public static ReferencePeriod of(String start, String end) {
        return new ReferencePeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    /** The day after the last day: the period's end as a half-open interval. */
    public LocalDate endExclusive() {
        return end.plusDays(1);
    }

    /** How many days the period covers, both ends included. */
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    @Override
    public String toString() {
        return start + " – " + end;
    }
}
