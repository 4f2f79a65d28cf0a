package org.tanji.portal.application;

/** The client edited an older version than the stored one (If-Match); answered 412. */
public class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String message) {
        super(message);
    }
}
