package io.metabuilder.query.web;

import io.metabuilder.platform.tokens.AccessTokens;
import io.metabuilder.query.config.ServiceProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The shared token rules ({@link AccessTokens}) configured from {@code metabuilder.jwt}: verify only. */
@Component
class JwtVerifier {

    private final AccessTokens tokens;

    JwtVerifier(ServiceProperties properties) {
        ServiceProperties.Jwt jwt = properties.jwt();
        this.tokens = new AccessTokens(
                jwt.algorithm(),
                jwt.secretKey(),
                Duration.ofMinutes(jwt.accessTokenExpireMinutes()),
                Clock.systemUTC());
    }

    /** The user a valid token names, or empty for anything else (bad signature, expired, wrong shape). */
    Optional<CurrentUser> verify(String token) {
        return tokens.verify(token).map(subject -> new CurrentUser(subject.userId(), subject.email(), subject.role()));
    }
}
