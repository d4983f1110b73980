package io.metabuilder.query.web;

import io.metabuilder.events.users.Role;
import java.util.UUID;

/** The caller, as the verified token names them. */
record CurrentUser(UUID id, String email, Role role) {}
