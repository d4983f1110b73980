package io.metabuilder.command.users;

import io.metabuilder.events.users.Role;
import java.util.UUID;

/** A row of the credential table. {@code toString} leaves the hash out so it never reaches a log. */
public record StoredUser(UUID userId, String email, String passwordHash, Role role, boolean disabled) {

    @Override
    public String toString() {
        return "StoredUser[userId=" + userId + ", email=" + email + ", role=" + role + "]";
    }
}
