package org.tanji.factors;

import org.tanji.core.error.FootprintException;

/** A dataset that must not be used: checksum, licence, ids or a row's values are wrong. Names file and row. */
public class DatasetException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
