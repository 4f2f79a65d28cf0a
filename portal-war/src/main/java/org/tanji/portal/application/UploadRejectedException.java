package org.tanji.portal.application;

/** An upload that is too large (413) or not of an accepted type (415). */
public class UploadRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public UploadRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
