package org.tanji.core.factor;

/**
 * Data-quality rating of a factor per PEF/PACT: technological, geographical and temporal representativeness,
 * each 1 (very good) to 5 (very poor); null where not rated.
 */
public record DataQuality(Integer technological, Integer geographical, Integer temporal) {

    public static final DataQuality UNRATED = new DataQuality(null, null, null);

    public DataQuality {
        check("technological", technological);
        check("geographical", geographical);
        check("temporal", temporal);
    }

    private static void check(String what, Integer score) {
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException(what + " representativeness is " + score + "; it must be 1 to 5");
        }
    }
}
