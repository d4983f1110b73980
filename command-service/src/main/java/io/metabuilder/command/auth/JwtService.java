package io.metabuilder.command.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.MacAlgorithm;
import io.metabuilder.events.users.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** Issues and verifies the HMAC-signed access tokens both services accept. */
@Component
public class JwtService {

    private static final Map<String, MacAlgorithm> ALGORITHMS =
            Map.of("HS256", Jwts.SIG.HS256, "HS384", Jwts.SIG.HS384, "HS512", Jwts.SIG.HS512);

    private final MacAlgorithm algorithm;
    private final SecretKey key;
    private final Duration lifetime;

    JwtService(AuthProperties properties) {
        this.algorithm = ALGORITHMS.get(properties.algorithm());
        if (algorithm == null) {
            throw new IllegalStateException("ALGORITHM must be HS256, HS384 or HS512");
        }
        byte[] secret = properties.secretKey().getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, algorithm.getId().replace("HS", "HmacSHA"));
        this.lifetime = Duration.ofMinutes(properties.accessTokenExpireMinutes());
    }

    public String issue(UUID userId, String email, Role role) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(userId.toString())
                .claim("email", email)
                .claim("role", role.name())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .signWith(key, algorithm)
                .compact();
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /** The user a token names, when it is well signed with our algorithm and not expired. */
    public Optional<AuthenticatedUser> verify(String token) {
        try {
            Jws<Claims> jws = Jwts.parser().verifyWith(key).build().parseSignedClaims(token);
            if (!algorithm.getId().equals(jws.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            Claims claims = jws.getPayload();
            return Optional.of(new AuthenticatedUser(
                    UUID.fromString(claims.getSubject()),
                    claims.get("email", String.class),
                    Role.valueOf(claims.get("role", String.class))));
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
