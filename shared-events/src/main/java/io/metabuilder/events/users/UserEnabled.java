package io.metabuilder.events.users;

import java.util.UUID;

/** A disabled user was enabled again. */
public record UserEnabled(UUID userId) {}
