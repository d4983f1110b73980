package io.metabuilder.platform.tokens;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.MacAlgorithm;
import io.metabuilder.events.users.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-signed access tokens command-service issues and both services accept.
 *
 * <p>A token is accepted only when it is signed with the configured algorithm (one of HS256, HS384,
 * HS512; {@code alg: none} and any other algorithm are refused) under our key, names our issuer,
 * carries {@code iat} no later than now and {@code exp} later than now, and names a user: subject
 * (a UUID), email and role.
 */
public final class AccessTokens {

    /** The {@code iss} of every token MetaBuilder issues. */
    public static final String ISSUER = "metabuilder";

    private static final Map<String, MacAlgorithm> ALGORITHMS =
            Map.of("HS256", Jwts.SIG.HS256, "HS384", Jwts.SIG.HS384, "HS512", Jwts.SIG.HS512);
    /** Clocks of two replicas may disagree a little; a token issued "in the future" by more is refused. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final MacAlgorithm algorithm;
    private final SecretKey key;
    private final Duration lifetime;
    private final Clock clock;
    private final JwtParser parser;

    /**
     * @throws IllegalStateException when the algorithm is not allowed or the secret is too short for
     *     it, so that a misconfigured service refuses to start rather than refusing every token
     */
    public AccessTokens(String algorithmName, String secret, Duration lifetime, Clock clock) {
        this.algorithm =
                ALGORITHMS.get(algorithmName == null ? "" : algorithmName.trim().toUpperCase(Locale.ROOT));
        if (algorithm == null) {
            throw new IllegalStateException("ALGORITHM must be HS256, HS384 or HS512");
        }
        byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length * 8 < algorithm.getKeyBitLength()) {
            throw new IllegalStateException("SECRET_KEY is too short for " + algorithm.getId() + ": at least "
                    + algorithm.getKeyBitLength() / 8 + " bytes");
        }
        this.key = new SecretKeySpec(bytes, algorithm.getId().replace("HS", "HmacSHA"));
        this.lifetime = lifetime;
        this.clock = clock;
        this.parser = Jwts.parser()
                .verifyWith(key)
                .requireIssuer(ISSUER)
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    public String issue(UUID userId, String email, Role role) {
        Instant now = clock.instant();
        return Jwts.builder()
                .issuer(ISSUER)
                .subject(userId.toString())
                .claim("email", email)
                .claim("role", role.name())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .signWith(key, algorithm)
                .compact();
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** Who the token names, or empty for any token this platform would not have issued now. */
    public Optional<TokenSubject> verify(String token) {
        try {
            Jws<Claims> jws = parser.parseSignedClaims(token);
            Claims claims = jws.getPayload();
            if (!algorithm.getId().equals(jws.getHeader().getAlgorithm()) || !timely(claims)) {
                return Optional.empty();
            }
            return Optional.of(new TokenSubject(
                    UUID.fromString(claims.getSubject()),
                    claims.get("email", String.class),
                    Role.valueOf(claims.get("role", String.class))));
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** jjwt checks {@code exp} when present; a token must carry both {@code exp} and a past {@code iat}. */
    private boolean timely(Claims claims) {
        Date issuedAt = claims.getIssuedAt();
        return claims.getExpiration() != null
                && issuedAt != null
                && !issuedAt.toInstant().isAfter(clock.instant().plus(CLOCK_SKEW));
    }
}
