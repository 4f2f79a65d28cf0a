package org.tanji.core.error;

/**
 * A calculation without a GWP set to characterise gases with: none was given, or {@code unstated}, which holds no
 * values (it only labels CO2e whose publisher did not say which set made it).
 */
public class MissingGwpSetException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public MissingGwpSetException(String given) {
        super((given == null ? "No GWP set was given" : "The GWP set '" + given + "' characterises no gas")
                + " for the calculation: choose GwpSet.AR6 (the default, IPCC AR6 WG1 Table 7.15), AR5 or AR4");
    }
}
