package org.tanji.portal.interfaces.rest;

/** A change sent without If-Match; answered 428 Precondition Required. */
public class PreconditionRequiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
