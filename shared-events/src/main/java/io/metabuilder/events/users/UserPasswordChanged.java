package io.metabuilder.events.users;

import java.util.UUID;

/** A user's password was changed (the audit trail shows when and by whom; never the password). */
public record UserPasswordChanged(UUID userId) {}
