package org.tanji.portal.infrastructure.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.tanji.portal.application.pact.EventSender;

/**
 * Delivers PACT events over HTTPS: the token endpoint from the host's OpenID configuration (else
 * {@code <root>/auth/token}), client credentials as HTTP Basic, then {@code POST <root>/3/events} as
 * {@code application/cloudevents+json}. Certificates are checked against the JDK's trusted authorities, the key
 * store named by {@code tanji.pact.trust-store} ({@code tanji.pact.trust-store-password}), and this server's own
 * HTTPS certificate (so that two exporters on one portal reach each other with its development certificate); host
 * names are always checked.
 */
@ApplicationScoped
public class HttpsEventSender implements EventSender {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private volatile HttpClient http;

    /** The own key store's modification time the client was made with: WildFly makes it on the first HTTPS call. */
    private volatile long ownStamp = -1;

    @Override
    public void send(String baseUrl, String clientId, String secret, String event) {
        String root = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!root.startsWith("https://")) {
            throw new DeliveryFailed("the PACT API at " + root + " is not HTTPS");
        }
        try {
            String token = token(root, clientId, secret);
            HttpResponse<String> r = client().send(
                            HttpRequest.newBuilder(URI.create(root + "/3/events"))
                                    .timeout(TIMEOUT)
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(event))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new DeliveryFailed(
                        "POST " + root + "/3/events answered " + r.statusCode() + ": " + cut(r.body()));
            }
        } catch (IOException e) {
            throw new DeliveryFailed(root + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted");
        }
    }

    private String token(String root, String clientId, String secret) throws IOException, InterruptedException {
        String endpoint = root + "/auth/token";
        HttpResponse<String> discovery = client().send(
                        HttpRequest.newBuilder(URI.create(root + "/.well-known/openid-configuration"))
                                .timeout(TIMEOUT)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (discovery.statusCode() == 200) {
            JsonNode doc = JSON.readTree(discovery.body());
            if (doc.path("token_endpoint").isTextual()) {
                endpoint = doc.path("token_endpoint").asText();
            }
        }
        String basic = Base64.getEncoder()
                .encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                                + URLEncoder.encode(secret, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = client().send(
                        HttpRequest.newBuilder(URI.create(endpoint))
                                .timeout(TIMEOUT)
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        if (body == null || !body.path("access_token").isTextual()) {
            throw new DeliveryFailed(
                    "the token endpoint " + endpoint + " answered " + r.statusCode() + ": " + cut(r.body()));
        }
        return body.path("access_token").asText();
    }

    private HttpClient client() {
        HttpClient c = http;
        long stamp = ownStamp();
        if (c == null || stamp != ownStamp) {
            synchronized (this) {
                if (http == null || stamp != ownStamp) {
                    ownStamp = stamp;
                    http = HttpClient.newBuilder()
                            .connectTimeout(TIMEOUT)
                            .sslContext(sslContext())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                c = http;
            }
        }
        return c;
    }

    private static Path own() {
        return Path.of(System.getProperty("jboss.server.config.dir", "."), "application.keystore");
    }

    private static long ownStamp() {
        try {
            return Files.isReadable(own()) ? Files.getLastModifiedTime(own()).toMillis() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static SSLContext sslContext() {
        try {
            List<X509TrustManager> managers = new ArrayList<>();
            managers.add(trustManager(null));
            String store = System.getProperty("tanji.pact.trust-store");
            if (store != null && !store.isBlank()) {
                managers.add(
                        trustManager(load(Path.of(store), System.getProperty("tanji.pact.trust-store-password", ""))));
            }
            Path own = own();
            if (Files.isReadable(own)) {
                KeyStore certificates = KeyStore.getInstance(KeyStore.getDefaultType());
                certificates.load(null, null);
                KeyStore keys = load(own, System.getProperty("tanji.https.keystore-password", "password"));
                for (String alias : java.util.Collections.list(keys.aliases())) {
                    Certificate c = keys.getCertificate(alias);
                    if (c != null) {
                        certificates.setCertificateEntry(alias, c);
                    }
                }
                managers.add(trustManager(certificates));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AnyOf(managers)}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS for PACT events: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path path, String password) throws GeneralSecurityException, IOException {
        return KeyStore.getInstance(path.toFile(), password.toCharArray());
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        for (TrustManager m : f.getTrustManagers()) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a server chain that any one of its managers trusts. */
    private record AnyOf(List<X509TrustManager> managers) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("this sender authenticates no clients");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException last = null;
            for (X509TrustManager m : managers) {
                try {
                    m.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            throw last == null ? new CertificateException("no trusted certificates") : last;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream()
                    .flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
