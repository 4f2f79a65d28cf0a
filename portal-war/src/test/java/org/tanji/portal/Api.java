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

  private Api(URI base, String authorization, HttpClient http) {
    this.base = base;
    this.authorization = authorization;
    this.http = http;
  }

  static Api anonymous(URI base) {
    return new Api(base, null, HttpClient.newHttpClient());
  }

  /** A caller with a bearer token obtained with its login and password. */
  static Api as(URI base, String login, String password) throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString((login + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
    Reply r = new Api(base, basic, HttpClient.newHttpClient()).send("POST", "/api/auth/tokens", null, null);
    if (r.status() != 200) {
      throw new AssertionError("token for " + login + ": " + r.status() + " " + r.body());
    }
    return new Api(base, "Bearer " + r.json().get("token").asText(), HttpClient.newHttpClient());
  }

  /** A caller that keeps cookies, as a browser does. */
  static Api browser(URI base) {
    return new Api(base, null, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
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
    String text = body == null ? null : body instanceof String ? (String) body : JSON.writeValueAsString(body);
    b.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
    if (text != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null),
        r.headers().firstValue("Content-Type").orElse(""));
  }

  /** A response. */
  record Reply(int status, String body, String etag, String contentType) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }
}
