package org.tanji.core.error;

/** A unit symbol that is not in Tanji's table of units; the message lists what is accepted. */
public class UnknownUnitException extends FootprintException {
    private static final long serialVersionUID = 1L;

    /** What the table accepts, in the words a user can act on. */
    public static final String ACCEPTED = "mass g, kg, t, kt, Mt, lb, short ton (any SI prefix on g);"
            + " energy J, MJ, GJ, Wh, kWh, MWh, mmBtu (any SI prefix on J and Wh); length m, km, mi (any SI prefix on m);"
            + " area m2, cm2, km2, ha (any SI prefix on m2, also written m² or m^2); volume L, mL, m3, dm3, gal, scf"
            + " (any SI prefix on L and m3); transport t·km, kg·km, passenger·km, short ton·mi; counts piece, cycle, use,"
            + " passenger, room·night, FTE·h; money as a currency code with its price year such as USD2021; or the product"
            + " or quotient of two of these such as kg/m2";

    public UnknownUnitException(String symbol) {
        super("Unknown unit '" + symbol + "': write one of " + ACCEPTED);
    }
}
