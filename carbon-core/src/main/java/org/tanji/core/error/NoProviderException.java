package org.tanji.core.error;

/** An input, a waste or a demand names a product that no process makes or treats. */
public class NoProviderException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public NoProviderException(String flow, String where) {
        super("No process provides '" + flow + "' (" + where + "): add a process whose reference flow is '" + flow
                + "', or correct the name");
    }
}
