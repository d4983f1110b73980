package io.metabuilder.platform.tokens;

import io.metabuilder.events.users.Role;
import java.util.UUID;

/** Who a verified access token names. */
public record TokenSubject(UUID userId, String email, Role role) {}
