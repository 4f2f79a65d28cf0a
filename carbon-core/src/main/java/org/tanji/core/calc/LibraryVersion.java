package org.tanji.core.calc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of carbon-core that calculates, as the build wrote it: every result states it, so a certifier knows
 * which code gave a number. Read from a resource the build fills in, which works in a jar, a war and a test run
 * alike (a jar manifest's Implementation-Version does not).
 */
public final class LibraryVersion {
    private static final String VERSION = load();

    private LibraryVersion() {}

    /** {@code 0.1.0-SNAPSHOT}, or the released version. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("library.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("carbon-core was built without its library.properties", e));
        }
    }
}
