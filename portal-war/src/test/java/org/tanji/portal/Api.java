package org.tanji.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A test's HTTP client for the portal API: one caller (anonymous, a bearer token or a session). */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final HttpClient http;
    private final String authorization;

    private final java.util.Map<String, String> headers;

    private Api(URI base, String authorization, HttpClient http) {
        this(base, authorization, http, java.util.Map.of());
    }

    private Api(URI base, String authorization, HttpClient http, java.util.Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.http = http;
        this.headers = headers;
    }

    /** The same caller (and cookies), sending one more header on each JSON request, as a browser page would. */
    Api withHeader(String name, String value) {
        var more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new Api(base, authorization, http, java.util.Map.copyOf(more));
    }

    static Api anonymous(URI base) {
        return new Api(
                base,
                null,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    /** A caller with a bearer token obtained with its login and password. */
    static Api as(URI base, String login, String password) throws Exception {
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        Reply r = new Api(
                        base,
                        basic,
                        HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .build())
                .send("POST", "/api/auth/tokens", null, null);
        if (r.status() != 200) {
            throw new AssertionError("token for " + login + ": " + r.status() + " " + r.body());
        }
        return new Api(
                base,
                "Bearer " + r.json().get("token").asText(),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    /** A caller that keeps cookies, as a browser does. */
    static Api browser(URI base) {
        return new Api(
                base,
                null,
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager())
                        .build());
    }

    Reply get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    Reply post(String path, Object body) throws Exception {
        return send("POST", path, body, null);
    }

    Reply put(String path, Object body, String ifMatch) throws Exception {
        return send("PUT", path, body, ifMatch);
    }

    Reply send(String method, String path, Object body, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        headers.forEach(b::header);
        String text = body == null ? null : body instanceof String ? (String) body : JSON.writeValueAsString(body);
        b.method(
                method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        if (text != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                r.statusCode(),
                r.body(),
                r.headers().firstValue("ETag").orElse(null),
                r.headers().firstValue("Content-Type").orElse(""));
    }

    /** A multipart/form-data request: each part a (file name or null, content type, bytes). */
    Reply multipart(String method, String path, java.util.Map<String, Part> parts, String ifMatch) throws Exception {
        String boundary = "tanji-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (var e : parts.entrySet()) {
            Part p = e.getValue();
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\""
                            + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\nContent-Type: "
                            + p.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(
                r.statusCode(),
                new String(r.body(), StandardCharsets.UTF_8),
                r.headers().firstValue("ETag").orElse(null),
                r.headers().firstValue("Content-Type").orElse(""));
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** One part of a multipart request. */
    record Part(String fileName, String contentType, byte[] bytes) {
        static Part text(String value) {
            return new Part(null, "text/plain", value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A response. */
    record Reply(int status, String body, String etag, String contentType) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }
}
