package org.tanji.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A PACT customer's calls for the tests, over HTTPS to the tests' server (its development certificate trusted). */
final class PactCalls {
    /** WildFly's HTTPS port with the tests' port offset of 100. */
    static final int HTTPS_PORT = 8543;

    private PactCalls() {}

    /** The PACT API's root over HTTPS, named "localhost" as the development certificate is. */
    static URI secure(URI base) throws Exception {
        return new URI("https", null, "localhost", HTTPS_PORT, base.getPath(), null, null);
    }

    static HttpClient client() throws Exception {
        return HttpClient.newBuilder()
                .sslContext(trustingTheDevelopmentCertificate())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** ListFootprints as the client with these credentials. */
    static JsonNode footprints(URI base, String clientId, String secret) throws Exception {
        HttpClient https = client();
        URI root = secure(base);
        String basic = Base64.getEncoder()
                .encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                                + URLEncoder.encode(secret, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = https.send(
                HttpRequest.newBuilder(root.resolve("api/pact/auth/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String access = Api.JSON.readTree(token.body()).path("access_token").asText();
        HttpResponse<String> list = https.send(
                HttpRequest.newBuilder(root.resolve("api/pact/3/footprints"))
                        .header("Authorization", "Bearer " + access)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Api.JSON.readTree(list.body());
    }

    /** The tests trust WildFly's self-signed development certificate; a real client checks the server's. */
    static SSLContext trustingTheDevelopmentCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new java.security.SecureRandom());
        return context;
    }
}
