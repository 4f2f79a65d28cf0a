package org.tanji.core.io;

/**
 * Reads a number from a file's text only if the double it becomes means what the text says. Java turns
 * {@code 1e-400} into 0 and keeps {@code -0} as a signed zero; a quantity or factor silently becoming nothing is a
 * wrong result without a word, so both are refused, as are NaN and the infinities.
 */
final class Numbers {

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {}

    /** Why a piece of text is not a number we can keep; the message says what to write instead. */
    static final class NotRepresentable extends Exception {
        NotRepresentable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The number {@code text} states.
     *
     * @throws NumberFormatException if the text is not a number at all
     * @throws NotRepresentable if it is one a double cannot hold faithfully
     */
    static double exact(String text) throws NotRepresentable {
        if (!DECIMAL.matcher(text).matches()) {
            // Double.parseDouble would also take "4f", "0x1p3" and "Infinity"
            throw new NumberFormatException(text);
        }
        double d = Double.parseDouble(text);
        check(d, text);
        return d;
    }

    /** Checks a number already parsed from {@code text}. */
    static void check(double d, String text) throws NotRepresentable {
        if (!Double.isFinite(d)) {
            throw new NotRepresentable("it must be a finite number");
        }
        if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
            throw new NotRepresentable("a negative zero is not a quantity; write 0");
        }
        if (Math.abs(d) < Double.MIN_NORMAL && !isZero(text)) {
            throw new NotRepresentable("it is too small to hold without rounding to zero (below " + Double.MIN_NORMAL
                    + "); state it in a larger unit");
        }
    }

    /** Whether the decimal's digits are all zero; read from the text, as 1e999999999999 is too big for BigDecimal. */
    private static boolean isZero(String text) {
        for (char c : text.strip().toCharArray()) {
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
