package org.tanji.core.error;

/** Base of every exception carbon-core throws for bad input; the message tells the user what to fix. */
public class FootprintException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FootprintException(String message) {
        super(message);
    }

    public FootprintException(String message, Throwable cause) {
        super(message, cause);
    }
}
