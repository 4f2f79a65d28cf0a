/**
 * The factor library: curated emission-factor datasets shipped as versioned resources with their provenance,
 * loaded with validation, searchable in English and Chinese, pinnable to dataset versions, with region fallback
 * and an organisation's own primary data. {@link org.tanji.factors.FactorLibrary} is where to start.
 */
package org.tanji.factors;
