package org.tanji.portal.interfaces.rest;

/** The one check of {@code page} and {@code size} query parameters of the API's lists. */
final class Paging {
    private Paging() {}

    static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidParameterException("page", "page must be 0 or more, not " + page);
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidParameterException("size", "size must be 1 to " + maxSize + ", not " + size);
        }
    }
}
