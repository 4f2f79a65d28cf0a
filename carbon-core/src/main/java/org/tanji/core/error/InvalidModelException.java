package org.tanji.core.error;

/** A model whose structure is wrong: duplicate ids, shares that do not add up, a missing root part … */
public class InvalidModelException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public InvalidModelException(String message) {
        super(message);
    }
}
