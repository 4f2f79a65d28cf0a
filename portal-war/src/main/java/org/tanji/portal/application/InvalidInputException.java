package org.tanji.portal.application;

/** Input the domain refuses, with the path of the field at fault; answered 400 problem+json. */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
