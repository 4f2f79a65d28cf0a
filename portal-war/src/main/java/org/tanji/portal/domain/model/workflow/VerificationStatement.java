package org.tanji.portal.domain.model.workflow;

import java.util.Objects;

/**
 * A verifier's point-in-time statement on a product carbon footprint (ISO 14064-3:2019, clause 9): the level of
 * assurance, the criteria verified against, the materiality threshold, and the opinion. An adverse opinion is not a
 * statement the workflow passes on: the verifier fails the verification instead.
 *
 * <pre>{@code
 * new VerificationStatement(Assurance.REASONABLE, "ISO 14067:2018; GB/T 24067-2024", 5.0,
 *     Opinion.UNMODIFIED, "The PCF of 412 kg CO2e per battery is fairly stated.");
 * }</pre>
 *
 * @param materialityPercent the misstatement, in percent of the footprint, above which it is material (0 to 100]
 */
public record VerificationStatement(
        Assurance assurance, String criteria, double materialityPercent, Opinion opinion, String text) {

    /** How much confidence the verification gives (ISO 14064-3 3.6.5). */
    public enum Assurance {
        LIMITED,
        REASONABLE
    }

    /** The verifier's conclusion (ISO 14064-3 9.2): unmodified, modified (with qualifications), or adverse. */
    public enum Opinion {
        UNMODIFIED,
        MODIFIED,
        ADVERSE
    }

    public VerificationStatement {
        Objects.requireNonNull(assurance, "assurance");
        Objects.requireNonNull(opinion, "opinion");
        if (criteria == null || criteria.isBlank()) {
            throw new IllegalArgumentException("a statement names the criteria verified against (e.g. ISO 14067:2018)");
        }
        if (!(materialityPercent > 0 && materialityPercent <= 100)) {
            throw new IllegalArgumentException(
                    "the materiality threshold is a percentage above 0 and at most 100, not " + materialityPercent);
        }
        if (opinion == Opinion.ADVERSE) {
            throw new IllegalArgumentException(
                    "an adverse opinion fails the verification: take the FAIL step with the reason instead");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a statement says its conclusion in words");
        }
    }
}
