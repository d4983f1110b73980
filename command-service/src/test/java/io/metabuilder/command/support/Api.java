package io.metabuilder.command.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A tiny HTTP client for full-stack tests: JSON in, status, headers and JSON out. */
public final class Api {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private String token;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, HttpResponse<String> raw, JsonNode json) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Api as(String bearerToken) {
        return new Api(this, bearerToken);
    }

    private Api(Api from, String bearerToken) {
        this.base = from.base;
        this.token = bearerToken;
    }

    public String login(String email, String password) {
        Response response = post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (response.status() != 200) {
            throw new IllegalStateException("login failed: " + response.raw().body());
        }
        return response.json().get("access_token").asText();
    }

    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A PATCH with JSON, and {@code If-Match} when {@code ifMatch} is not null. */
    public Response patch(String path, String json, String ifMatch) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A DELETE, with {@code If-Match} when {@code ifMatch} is not null. */
    public Response delete(String path, String ifMatch) {
        HttpRequest.Builder request = request(path);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.DELETE());
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> raw = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = raw.body().isBlank() ? null : parse(raw.body());
            return new Response(raw.statusCode(), raw, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
