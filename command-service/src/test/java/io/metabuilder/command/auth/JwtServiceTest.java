package io.metabuilder.command.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jsonwebtoken.Jwts;
import io.metabuilder.events.users.Role;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JwtServiceTest {

    private static final String SECRET = "test-secret-that-is-long-enough-for-hs256-and-hs384!";
    private final UUID userId = UUID.randomUUID();

    @Test
    void verifiesTheTokensItIssues() {
        JwtService jwt = service("HS256", SECRET, 30);

        String token = jwt.issue(userId, "ana@example.com", Role.USER);

        assertThat(jwt.verify(token)).contains(new AuthenticatedUser(userId, "ana@example.com", Role.USER));
        assertThat(jwt.lifetimeSeconds()).isEqualTo(1800);
    }

    @Test
    void rejectsTamperedForeignAndExpiredTokens() {
        JwtService jwt = service("HS256", SECRET, 30);
        String token = jwt.issue(userId, "ana@example.com", Role.ADMIN);
        String foreign = service("HS256", SECRET + "-other", 30).issue(userId, "ana@example.com", Role.ADMIN);
        String expired = Jwts.builder()
                .subject(userId.toString())
                .claim("email", "ana@example.com")
                .claim("role", "ADMIN")
                .expiration(new Date(System.currentTimeMillis() - 60_000))
                .signWith(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .compact();

        assertThat(jwt.verify(token.substring(0, token.length() - 2) + "xx")).isEmpty();
        assertThat(jwt.verify(foreign)).isEmpty();
        assertThat(jwt.verify(expired)).isEmpty();
        assertThat(jwt.verify("garbage")).isEmpty();
    }

    @Test
    void rejectsTokensSignedWithAnotherAlgorithm() {
        String hs384 = service("HS384", SECRET, 30).issue(userId, "ana@example.com", Role.ADMIN);

        assertThat(service("HS256", SECRET, 30).verify(hs384)).isEmpty();
    }

    @Test
    void refusesUnknownAlgorithms() {
        assertThatThrownBy(() -> service("none", SECRET, 30)).isInstanceOf(IllegalStateException.class);
    }

    private static JwtService service(String algorithm, String secret, int minutes) {
        return new JwtService(new AuthProperties(secret, algorithm, minutes, null, null));
    }
}
