package org.tanji.portal.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Says where the portal answers, once it does: the line a newcomer looks for in the log. The application is
 * initialised a moment before the server routes requests to it, so the line waits until the portal answers.
 */
@ApplicationScoped
public class StartupBanner {
    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Resource
    ManagedExecutorService executor;

    // after the migration and the demo accounts (observers default to APPLICATION + 500), so it is the last line
    void started(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
                    Object event) {
        int port =
                Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String bound = System.getProperty("jboss.bind.address", "localhost");
        String host = bound.equals("0.0.0.0") || bound.equals("::") ? "localhost" : bound;
        String root = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
        int httpsPort = Integer.getInteger("jboss.https.port", 8443)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String pact = "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + httpsPort + "/api/pact/";
        // WildFly's development key store: generated with a self-signed certificate on first HTTPS use
        String keyStore = System.getProperty("jboss.server.config.dir", "standalone/configuration")
                + java.io.File.separator + "application.keystore";
        executor.submit(() -> {
            if (answers(URI.create(root + "api/health/live"))) {
                LOG.info(() -> "Tanji portal started: open " + root + " (API browser: " + root + "api-docs.html)");
                LOG.info(() -> "PACT API over HTTPS: " + pact + " (certificate and key: " + keyStore
                        + "; self-signed for localhost unless you put the platform's there)");
            } else {
                LOG.warning(() -> "Tanji portal deployed, but " + root + " did not answer within "
                        + PATIENCE.toSeconds() + " s; see the errors above");
            }
        });
    }

    private static boolean answers(URI live) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask =
                HttpRequest.newBuilder(live).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                try {
                    if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return true;
                    }
                } catch (java.io.IOException notYet) {
                    // the listener is not routing to the portal yet
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
