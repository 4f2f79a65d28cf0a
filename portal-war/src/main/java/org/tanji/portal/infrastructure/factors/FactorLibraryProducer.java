package org.tanji.portal.infrastructure.factors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.tanji.factors.FactorLibrary;

/**
 * The shipped factor library, loaded and validated once per application. The library is an immutable final class,
 * so it is handed out as is (dependent scope) from this application-scoped holder rather than through a proxy.
 */
@ApplicationScoped
public class FactorLibraryProducer {

    @Produces
    FactorLibrary library() {
        return FactorLibrary.shipped();
    }
}
