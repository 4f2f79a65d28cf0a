package org.tanji.core.error;

/** A unit symbol nobody understands. */
public class UnknownUnitException extends FootprintException {
  private static final long serialVersionUID = 1L;

  public UnknownUnitException(String symbol) {
    super("Unknown unit '" + symbol + "': write one of kg, g, t, kWh, MJ, L, m3, m2, km, t·km, piece, or a currency code such as USD2021");
  }
}
