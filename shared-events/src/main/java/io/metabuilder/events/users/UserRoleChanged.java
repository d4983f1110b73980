package io.metabuilder.events.users;

import java.util.UUID;

/** A user's role changed to {@code role}. */
public record UserRoleChanged(UUID userId, Role role) {}
