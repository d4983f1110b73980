package io.metabuilder.query.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import io.metabuilder.platform.tokens.AccessTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;

/** A client of the running service, with tokens signed the way command-service signs them. */
public final class Api {

    public static final String DEV_SECRET = "dev-only-secret-key-change-me-0123456789abcdef";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public static String token(String role) {
        return token(role, DEV_SECRET, Instant.now().plusSeconds(600));
    }

    public static String token(String role, String secret, Instant expires) {
        return token(UUID.randomUUID(), role.toLowerCase() + "@example.com", role, secret, expires);
    }

    /** A token of a known user, as command-service would issue it at login. */
    public static String token(UUID userId, String email, String role) {
        return token(userId, email, role, DEV_SECRET, Instant.now().plusSeconds(600));
    }

    private static String token(UUID userId, String email, String role, String secret, Instant expires) {
        return Jwts.builder()
                .issuer(AccessTokens.ISSUER)
                .issuedAt(Date.from(expires.isAfter(Instant.now()) ? Instant.now() : expires.minusSeconds(600)))
                .subject(userId.toString())
                .claim("email", email)
                .claim("role", role)
                .expiration(Date.from(expires))
                .signWith(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), Jwts.SIG.HS256)
                .compact();
    }

    public HttpResponse<String> get(String path, String token, String... headers) {
        return send(request(path, token, headers).GET().build());
    }

    public HttpResponse<String> send(String method, String path, String... headers) {
        return send(request(path, null, headers)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    public HttpResponse<String> post(String path, String token) {
        return send(
                request(path, token).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
