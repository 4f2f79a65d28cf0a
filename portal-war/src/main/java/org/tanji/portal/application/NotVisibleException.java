package org.tanji.portal.application;

/** Nothing the caller may see has this id: answered 404, whether it does not exist or belongs to others. */
public class NotVisibleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotVisibleException(String message) {
        super(message);
    }
}
