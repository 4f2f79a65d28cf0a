package org.tanji.portal.domain.model.party;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies every Chinese legal entity: 18
 * characters from 0–9 and A–Y without I, O, S, V and Z, the last a check character over the first 17.
 */
public final class UnifiedSocialCreditCode {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {}

    /** Null when {@code code} is valid, else what is wrong with it. */
    public static String problem(String code) {
        if (code == null || code.length() != 18) {
            return "a unified social credit code has 18 characters";
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return "character " + (i + 1) + " ('" + code.charAt(i)
                        + "') is not allowed (0-9 and A-Y without I, O, S," + " V, Z)";
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        return code.charAt(17) == expected
                ? null
                : "the check character is '" + code.charAt(17) + "' but the first 17 characters give '" + expected
                        + "'";
    }

    /** The check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}
