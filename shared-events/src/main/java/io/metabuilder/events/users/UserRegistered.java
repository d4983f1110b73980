package io.metabuilder.events.users;

import java.util.UUID;

/** A user was registered with a role. Carries no password or hash. */
public record UserRegistered(UUID userId, String email, Role role) {}
