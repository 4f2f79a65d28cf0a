package org.tanji.core.process;

import java.util.Locale;

/** What an exchange of a process is. */
public enum ExchangeKind {
    /** A product the process consumes, made by a provider process. */
    INPUT,
    /** A product the process makes: the reference product or a co-product (shared by allocation). */
    OUTPUT,
    /** A product the process's output replaces elsewhere (system expansion): it credits the provider's burdens. */
    AVOIDED,
    /** Waste the process releases, sent to the process that treats it. */
    WASTE,
    /** A gas released to the environment. */
    EMISSION,
    /** A gas taken from the environment (e.g. CO2 uptake); nets against emissions of the same gas. */
    UPTAKE,
    /**
     * Something other than a gas taken from the environment (fresh water, land, a mineral), counted by a
     * {@link org.tanji.core.factor.CharacterisationMethod}, never in kg CO2e.
     */
    RESOURCE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExchangeKind ofKey(String key) {
        for (ExchangeKind k : values()) {
            if (k.key().equalsIgnoreCase(key.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "unknown exchange kind '" + key + "': use input, output, avoided, waste, emission, uptake or resource");
    }
}
