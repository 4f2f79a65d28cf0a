package org.tanji.portal.infrastructure.persistence.jpa;

import java.util.Locale;

/**
 * "Contains what the user typed", case-insensitively, as JPQL: {@code lower(x) like :text escape '\'} with the
 * parameter from {@link #pattern}, in which % and _ are letters, not wildcards.
 */
final class Contains {
    static final String ESCAPE = " escape '\\'";

    private Contains() {}

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** The LIKE pattern for {@code text} anywhere. */
    static String pattern(String text) {
        String literal = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }
}
