package org.tanji.portal.interfaces.rest;

/** A request parameter that cannot be used; answered 400 with the parameter as the field path. */
public class InvalidParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
