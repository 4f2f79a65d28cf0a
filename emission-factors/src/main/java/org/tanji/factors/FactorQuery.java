package org.tanji.factors;

import javax.measure.Unit;
import org.tanji.core.unit.ActivityUnits;

/**
 * What to look for in the factor library. Every part is optional; text is matched in English and Chinese names,
 * categories and regions.
 *
 * <pre>{@code
 * FactorQuery q = FactorQuery.text("natural gas").unit("kWh").region("UK").year(2024).limit(5);
 * }</pre>
 *
 * @param unit the activity unit the user has; factors per a unit of the same dimension match (kg finds per-tonne)
 */
public record FactorQuery(String text, String category, String region, Unit<?> unit, Integer year, int limit) {

    public static final int DEFAULT_LIMIT = 20;

    public static FactorQuery all() {
        return new FactorQuery(null, null, null, null, null, DEFAULT_LIMIT);
    }

    public static FactorQuery text(String text) {
        return all().withText(text);
    }

    public FactorQuery withText(String text) {
        return new FactorQuery(text, category, region, unit, year, limit);
    }

    public FactorQuery category(String category) {
        return new FactorQuery(text, category, region, unit, year, limit);
    }

    public FactorQuery region(String region) {
        return new FactorQuery(text, category, region, unit, year, limit);
    }

    public FactorQuery unit(String unitSymbol) {
        return new FactorQuery(text, category, region, ActivityUnits.parse(unitSymbol), year, limit);
    }

    public FactorQuery year(int year) {
        return new FactorQuery(text, category, region, unit, year, limit);
    }

    public FactorQuery limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        return new FactorQuery(text, category, region, unit, year, limit);
    }
}
