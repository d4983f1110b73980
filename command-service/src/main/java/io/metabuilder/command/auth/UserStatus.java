package io.metabuilder.command.auth;

import io.metabuilder.command.users.UserCredentials;
import io.metabuilder.events.users.UserStatusCache;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A token's user as they are now (the shared {@link UserStatusCache} rule): disabled users lose
 * access and role changes apply within five seconds. The credential table is the authority here,
 * so a token of a user it does not know is refused.
 */
@Component
class UserStatus {

    private final UserStatusCache cache;

    UserStatus(UserCredentials credentials) {
        this.cache = new UserStatusCache(id -> credentials
                .findById(id)
                .map(user -> new UserStatusCache.Account(user.userId(), user.email(), user.role(), user.disabled())));
    }

    Optional<AuthenticatedUser> current(AuthenticatedUser claimed) {
        return cache.active(claimed.id())
                .map(account -> new AuthenticatedUser(account.id(), account.email(), account.role()));
    }
}
