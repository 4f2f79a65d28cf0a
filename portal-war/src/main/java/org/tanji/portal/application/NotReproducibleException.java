package org.tanji.portal.application;

/** A stored calculation that its frozen model and pinned datasets no longer give, or whose record was altered. */
public class NotReproducibleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotReproducibleException(String message) {
        super(message);
    }
}
