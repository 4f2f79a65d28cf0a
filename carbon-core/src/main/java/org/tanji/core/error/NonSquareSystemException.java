package org.tanji.core.error;

/** A process makes several products without saying how to share its burdens, so the system has more products than processes. */
public class NonSquareSystemException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public NonSquareSystemException(String process, String products) {
        super(
                "Process '" + process + "' makes " + products
                        + " but states no allocation: allocate them (physical, mass, economic, equal or manual), model the extra products as avoided products, or solve the system by least squares outside Tanji");
    }
}
