package org.tanji.portal.infrastructure.documents;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a certificate prints its footprint: three significant figures, halves rounded away from zero, thousands
 * grouped — enough for a declared value whose uncertainty is rarely below a few per cent, and the same rule on
 * every document. The exact value is in the embedded data and on the verification page.
 *
 * <pre>{@code
 * Rounding.significant(862.53)  // "863"
 * Rounding.significant(12345.0) // "12,300"
 * Rounding.significant(0.01234) // "0.0123"
 * }</pre>
 */
final class Rounding {
    static final String RULE = "数值修约至三位有效数字（四舍五入）。 Rounded to three significant figures, halves away from"
            + " zero; the exact value is in the embedded data (certificate.json) and on the verification page.";

    private Rounding() {}

    static String significant(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_UP));
        DecimalFormat format = new DecimalFormat("#,##0.############", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(rounded);
    }
}
