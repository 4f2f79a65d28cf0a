package org.tanji.portal.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * The API's entity tags: {@code "v3"} for version 3 of a stored object (its optimistic-lock version), and the
 * version an If-Match header names.
 */
final class ETags {
    private ETags() {}

    static EntityTag of(long version) {
        return new EntityTag("v" + version);
    }

    /** The version an If-Match names; a change without one is refused (428). */
    static long required(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("send If-Match with the ETag of the " + what + " you change");
        }
        return parse(ifMatch);
    }

    /** The version an If-Match names, or null without one. */
    static Long optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
    }

    private static long parse(String ifMatch) {
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!tag.matches("v\\d{1,18}")) {
            throw new InvalidParameterException(
                    "If-Match", "If-Match must be an ETag of this API such as \"v3\", not " + ifMatch);
        }
        return Long.parseLong(tag.substring(1));
    }
}
