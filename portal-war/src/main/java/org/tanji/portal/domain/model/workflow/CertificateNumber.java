package org.tanji.portal.domain.model.workflow;

import java.util.regex.Pattern;

/**
 * Certificate numbers such as {@code TJ-2026-000123-5}: the year of issue, a six-digit serial from a sequence that
 * never repeats, and a check character by ISO/IEC 7064 MOD 11-2 over year and serial (the scheme of the Chinese
 * resident identity number, GB 11643-1999), so a mistyped number is caught before it is looked up.
 */
public record CertificateNumber(int year, long serial) {
    private static final Pattern FORMAT = Pattern.compile("TJ-(\\d{4})-(\\d{6})-([0-9X])");

    public CertificateNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("the year of a certificate number is 2000 to 9999, not " + year);
        }
        if (serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("the serial of a certificate number is 1 to 999999, not " + serial);
        }
    }

    /** The check character of {@code digits} by ISO/IEC 7064 MOD 11-2: 0–9 or X. */
    public static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum = (sum + (digits.charAt(i) - '0')) * 2 % 11;
        }
        int check = (12 - sum) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    @Override
    public String toString() {
        String digits = String.format("%04d%06d", year, serial);
        return String.format("TJ-%04d-%06d-%c", year, serial, checkCharacter(digits));
    }

    /**
     * Reads a number as printed.
     *
     * @throws IllegalArgumentException when it is not one, or its check character does not match
     */
    public static CertificateNumber parse(String text) {
        var m = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a certificate number like TJ-2026-000123-5");
        }
        CertificateNumber n = new CertificateNumber(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
        if (n.toString().charAt(n.toString().length() - 1) != m.group(3).charAt(0)) {
            throw new IllegalArgumentException("'" + text + "' has a wrong check character: mistyped?");
        }
        return n;
    }
}
