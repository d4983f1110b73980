package io.metabuilder.events.users;

import java.util.UUID;

/** A user was disabled. */
public record UserDisabled(UUID userId) {}
