package org.tanji.core.error;

/** An elementary flow with no characterisation factor in the GWP set. */
public class UncharacterisedFlowException extends FootprintException {
    private static final long serialVersionUID = 1L;

    public UncharacterisedFlowException(String flow, String process, String gwpSet) {
        super(
                "Flow '" + flow + "' of process '" + process + "' has no characterisation factor in " + gwpSet
                        + ": use a gas code (CO2-fossil, CH4-biogenic, N2O, SF6 …), characterise it with a CharacterisationMethod, or remove the flow");
    }
}
