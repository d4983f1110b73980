package io.metabuilder.command.auth;

import io.metabuilder.events.users.Role;
import io.metabuilder.platform.tokens.AccessTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The shared token rules ({@link AccessTokens}) configured from {@code metabuilder.auth}. */
@Component
public class JwtService {

    private final AccessTokens tokens;

    JwtService(AuthProperties properties) {
        this.tokens = new AccessTokens(
                properties.algorithm(),
                properties.secretKey(),
                Duration.ofMinutes(properties.accessTokenExpireMinutes()),
                Clock.systemUTC());
    }

    public String issue(UUID userId, String email, Role role) {
        return tokens.issue(userId, email, role);
    }

    public long lifetimeSeconds() {
        return tokens.lifetime().toSeconds();
    }

    /** The user a token names, when the shared rules accept it. */
    public Optional<AuthenticatedUser> verify(String token) {
        return tokens.verify(token)
                .map(subject -> new AuthenticatedUser(subject.userId(), subject.email(), subject.role()));
    }
}
