package org.tanji.portal.domain.model.party;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What a password must be, after OWASP ASVS 4.0 level 2 (V2.1): at least 12 characters and at most 128, any
 * characters (spaces and Chinese included, counted as characters, not bytes), no rules about classes of characters,
 * and not one anyone would try first — not in the shipped list of common passwords, and not one or a few characters
 * repeated ("            ", "abcabcabcabc").
 *
 * <pre>{@code
 * PasswordPolicy.STANDARD.problem("qwerty123456")  // Optional["is one of the most common passwords; …"]
 * }</pre>
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Fewer different characters than this is a pattern, not a secret. */
    static final int MIN_DISTINCT = 5;

    /** The policy with the shipped list of common passwords (see common-passwords.README.md). */
    public static final PasswordPolicy STANDARD = new PasswordPolicy(load("common-passwords.txt.gz"));

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** Why {@code password} is refused, said to its owner, or empty if it is good. */
    public Optional<String> problem(String password) {
        if (password == null) {
            return Optional.of("is missing");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, not " + length
                    + "; a phrase of a few words is easy to remember");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("repeats too few characters; use a phrase of a few words");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("is one of the most common passwords, the first an attacker tries; choose another");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the portal's classes");
            }
            Set<String> words = new HashSet<>(64_000);
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isEmpty()) {
                        words.add(line);
                    }
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
