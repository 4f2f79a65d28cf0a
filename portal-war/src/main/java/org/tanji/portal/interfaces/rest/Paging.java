package org.tanji.portal.interfaces.rest;

/** The one check of {@code page} and {@code size} query parameters of the API's lists. */
final class Paging {
    private static final long MAX_OFFSET = Integer.MAX_VALUE;

    private Paging() {}

    static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidParameterException("page", "page must be 0 or more, not " + page);
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidParameterException("size", "size must be 1 to " + maxSize + ", not " + size);
        }
        if ((long) page * size > MAX_OFFSET) {
            // the database's row offset is an int: page × size past it overflowed into a negative offset (500)
            throw new InvalidParameterException(
                    "page", "page must be at most " + MAX_OFFSET / size + " with size " + size + ", not " + page);
        }
    }
}
