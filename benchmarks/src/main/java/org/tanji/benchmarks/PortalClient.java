package org.tanji.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The portal's REST API as the load scripts call it: bearer tokens, JSON bodies, HTTP/1.1 (as browsers do). */
final class PortalClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    PortalClient(URI base) {
        this.base = base;
    }

    /** An answer whatever its status; {@code body} null when empty. */
    record Answer(int status, JsonNode body) {}

    /** A bearer token for {@code login} (HTTP Basic to POST /api/auth/tokens). */
    String token(String login, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(base.resolve("/api/auth/tokens"))
                        .header("Authorization", "Basic " + basic)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + login + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("token").asText();
    }

    Answer get(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), json(r));
    }

    /**
     * The body of a 2xx answer (null when empty); an {@link IllegalStateException} with the answer otherwise, an
     * {@link IOException} when the connection breaks (the server died).
     */
    JsonNode call(String token, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return json(r);
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }
}
