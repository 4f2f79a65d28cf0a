package org.tanji.portal.domain.model.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How long the scheme gives whoever's move it is in each state: a certification body accepts a submission within
 * five days, verifies within twenty, and so on. A case is due at the time of its last step plus its state's level.
 * The scheme sets them; {@link #parse} reads the form the portal's configuration uses.
 *
 * <pre>{@code
 * ServiceLevels levels = ServiceLevels.parse("SUBMITTED=P3D, UNDER_VERIFICATION=P15D");
 * levels.due(ApplicationState.SUBMITTED, lastStep);   // lastStep + 3 days
 * }</pre>
 */
public final class ServiceLevels {
    /** The levels a scheme starts with; each can be changed, the others keep these. */
    public static final ServiceLevels DEFAULT = new ServiceLevels(Map.of(
            ApplicationState.SUBMITTED, Duration.ofDays(5),
            ApplicationState.UNDER_VERIFICATION, Duration.ofDays(20),
            ApplicationState.CLARIFICATION_REQUESTED, Duration.ofDays(30),
            ApplicationState.VERIFIED, Duration.ofDays(5),
            ApplicationState.UNDER_REVIEW, Duration.ofDays(10),
            ApplicationState.REVIEWED, Duration.ofDays(5)));

    private final Map<ApplicationState, Duration> levels;

    private ServiceLevels(Map<ApplicationState, Duration> levels) {
        this.levels = Map.copyOf(levels);
    }

    /**
     * The default levels with those {@code text} names changed: {@code STATE=ISO-8601 duration}, separated by
     * commas ({@code "SUBMITTED=P3D, UNDER_REVIEW=PT36H"}); blank keeps the defaults.
     *
     * @throws IllegalArgumentException naming the part that is not a state with a positive duration
     */
    public static ServiceLevels parse(String text) {
        Map<ApplicationState, Duration> levels = new EnumMap<>(DEFAULT.levels);
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        for (String part : text.split(",")) {
            String[] pair = part.strip().split("=", 2);
            try {
                ApplicationState state =
                        ApplicationState.valueOf(pair[0].strip().toUpperCase(Locale.ROOT));
                Duration level = Duration.parse(pair[1].strip());
                if (level.isNegative() || level.isZero() || state.terminal()) {
                    throw new IllegalArgumentException();
                }
                levels.put(state, level);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeParseException e) {
                throw new IllegalArgumentException("service level '" + part.strip()
                        + "' is not STATE=DURATION with a state still open (such as SUBMITTED) and a positive"
                        + " ISO-8601 duration (such as P5D or PT36H)");
            }
        }
        return new ServiceLevels(levels);
    }

    /** The time the state's level gives, if the scheme sets one. */
    public Optional<Duration> of(ApplicationState state) {
        return Optional.ofNullable(levels.get(state));
    }

    /** When a case that entered {@code state} at {@code since} is due; empty where no level applies. */
    public Optional<Instant> due(ApplicationState state, Instant since) {
        return of(state).map(since::plus);
    }

    /** Every level, for showing the scheme's rules. */
    public Map<ApplicationState, Duration> all() {
        return new EnumMap<>(levels);
    }
}
