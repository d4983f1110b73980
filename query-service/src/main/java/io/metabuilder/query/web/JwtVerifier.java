package io.metabuilder.query.web;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.metabuilder.events.users.Role;
import io.metabuilder.query.config.ServiceProperties;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** Verifies the tokens command-service issues: SECRET_KEY, ALGORITHM, claims sub, email, role, exp. */
@Component
class JwtVerifier {

    private final String algorithm;
    private final JwtParser parser;

    JwtVerifier(ServiceProperties properties) {
        this.algorithm = properties.jwt().algorithm().trim().toUpperCase(Locale.ROOT);
        String jcaName = jcaName(algorithm);
        byte[] secret = properties.jwt().secretKey().getBytes(StandardCharsets.UTF_8);
        if (secret.length * 8 < Integer.parseInt(algorithm.substring(2))) {
            // jjwt would reject every token with this key; better not to start at all.
            throw new IllegalStateException("SECRET_KEY is too short for " + algorithm);
        }
        this.parser =
                Jwts.parser().verifyWith(new SecretKeySpec(secret, jcaName)).build();
    }

    /** The user a valid token names, or empty for anything else (bad signature, expired, wrong shape). */
    Optional<CurrentUser> verify(String token) {
        try {
            Jws<Claims> jws = parser.parseSignedClaims(token);
            Claims claims = jws.getPayload();
            if (!algorithm.equals(jws.getHeader().getAlgorithm()) || claims.getExpiration() == null) {
                return Optional.empty();
            }
            return Optional.of(new CurrentUser(
                    UUID.fromString(claims.getSubject()),
                    claims.get("email", String.class),
                    Role.valueOf(claims.get("role", String.class))));
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String jcaName(String algorithm) {
        return switch (algorithm) {
            case "HS256" -> "HmacSHA256";
            case "HS384" -> "HmacSHA384";
            case "HS512" -> "HmacSHA512";
            default -> throw new IllegalStateException("ALGORITHM must be HS256, HS384 or HS512");
        };
    }
}
