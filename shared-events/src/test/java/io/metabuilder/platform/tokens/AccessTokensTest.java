package io.metabuilder.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.metabuilder.events.users.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final String SECRET = "test-secret-that-is-long-enough-for-hs256-and-hs384!";
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final UUID userId = UUID.randomUUID();
    private final AccessTokens tokens = tokens("HS256", SECRET, NOW);

    @Test
    void acceptsTheTokensItIssuesUntilTheyExpire() {
        String token = tokens.issue(userId, "ana@example.com", Role.USER);

        assertThat(tokens.verify(token)).contains(new TokenSubject(userId, "ana@example.com", Role.USER));
        assertThat(tokens("HS256", SECRET, NOW.plus(Duration.ofMinutes(29))).verify(token))
                .isPresent();
        assertThat(tokens("HS256", SECRET, NOW.plus(Duration.ofMinutes(31))).verify(token))
                .isEmpty();
        assertThat(tokens.lifetime()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void refusesTamperedTokensAndTokensSignedWithAnotherKey() {
        String token = tokens.issue(userId, "ana@example.com", Role.ADMIN);
        String foreign = tokens("HS256", SECRET + "-other", NOW).issue(userId, "ana@example.com", Role.ADMIN);

        assertThat(tokens.verify(token.substring(0, token.length() - 2) + "xx")).isEmpty();
        assertThat(tokens.verify(foreign)).isEmpty();
        assertThat(tokens.verify("garbage")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
    }

    @Test
    void refusesAnotherAlgorithmAndUnsignedTokens() {
        String hs384 = tokens("HS384", SECRET, NOW).issue(userId, "ana@example.com", Role.ADMIN);
        String unsigned = encode("{\"alg\":\"none\"}") + "." + claims("metabuilder", NOW, NOW.plusSeconds(600)) + ".";

        assertThat(tokens.verify(hs384)).isEmpty();
        assertThat(tokens.verify(unsigned)).isEmpty();
    }

    @Test
    void refusesTokensWithoutOurIssuerOrWithoutIssuedAtOrExpiry() {
        assertThat(tokens.verify(signed(builder -> builder.issuer("someone-else"))))
                .isEmpty();
        assertThat(tokens.verify(signed(builder -> builder.issuer(null)))).isEmpty();
        assertThat(tokens.verify(signed(builder -> builder.issuedAt(null)))).isEmpty();
        assertThat(tokens.verify(signed(builder -> builder.expiration(null)))).isEmpty();
        assertThat(tokens.verify(signed(builder -> builder.issuedAt(Date.from(NOW.plusSeconds(300))))))
                .as("issued in the future")
                .isEmpty();
        assertThat(tokens.verify(signed(builder -> builder))).isPresent();
    }

    @Test
    void refusesTokensThatDoNotNameAUser() {
        assertThat(tokens.verify(signed(builder -> builder.subject("not-a-uuid"))))
                .isEmpty();
        assertThat(tokens.verify(signed(builder -> builder.claim("role", "ROOT"))))
                .isEmpty();
        assertThat(tokens.verify(signed(builder -> builder.claim("role", null))))
                .isEmpty();
    }

    @Test
    void refusesToStartWithAnUnknownAlgorithmOrAShortKey() {
        assertThatThrownBy(() -> tokens("none", SECRET, NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ALGORITHM");
        assertThatThrownBy(() -> tokens("HS512", SECRET, NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SECRET_KEY is too short for HS512");
        assertThat(tokens(" hs384 ", SECRET, NOW).issue(userId, "a@b.c", Role.USER))
                .isNotBlank();
    }

    private String signed(UnaryOperator<JwtBuilder> change) {
        JwtBuilder builder = Jwts.builder()
                .issuer(AccessTokens.ISSUER)
                .subject(userId.toString())
                .claim("email", "ana@example.com")
                .claim("role", "ADMIN")
                .issuedAt(Date.from(NOW))
                .expiration(Date.from(NOW.plusSeconds(600)));
        return change.apply(builder)
                .signWith(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), Jwts.SIG.HS256)
                .compact();
    }

    private String claims(String issuer, Instant issuedAt, Instant expires) {
        return encode("{\"iss\":\"" + issuer + "\",\"sub\":\"" + userId + "\",\"email\":\"ana@example.com\","
                + "\"role\":\"ADMIN\",\"iat\":" + issuedAt.getEpochSecond() + ",\"exp\":" + expires.getEpochSecond()
                + "}");
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static AccessTokens tokens(String algorithm, String secret, Instant now) {
        return new AccessTokens(algorithm, secret, Duration.ofMinutes(30), Clock.fixed(now, ZoneOffset.UTC));
    }
}
