package io.metabuilder.command.auth;

import io.metabuilder.events.users.Role;
import java.util.UUID;

/** Who is calling, as their token says. The principal of every authenticated request. */
public record AuthenticatedUser(UUID id, String email, Role role) {}
