package io.metabuilder.platform.access;

import static io.metabuilder.events.users.Role.ADMIN;
import static io.metabuilder.events.users.Role.AUDITOR;
import static io.metabuilder.events.users.Role.USER;

import io.metabuilder.events.users.Role;
import java.util.List;
import java.util.Set;

/**
 * The one role matrix both services enforce (API.md, "Auth and roles"): ADMIN changes schemas,
 * records and users; USER reads and works with records; AUDITOR reads everything, users and the
 * audit trail included, and writes nothing. The first class that matches a request decides; a
 * request no class matches needs a valid token of any role.
 */
public final class AccessRules {

    private static final Set<Role> ANY_ROLE = Set.of(ADMIN, USER, AUDITOR);
    private static final List<String> ANY_METHOD = List.of();
    private static final List<String> READ = List.of("GET", "HEAD");

    public static final List<EndpointClass> MATRIX = List.of(
            new EndpointClass(
                    "login, version and operations",
                    ANY_METHOD,
                    List.of("/api/auth/login", "/api/version", "/health", "/health/**", "/metrics", "/error"),
                    EndpointClass.PUBLIC,
                    "GET /api/version"),
            new EndpointClass(
                    "CORS preflight",
                    List.of("OPTIONS"),
                    List.of("/**"),
                    EndpointClass.PUBLIC,
                    "OPTIONS /api/entities"),
            new EndpointClass(
                    "projection status",
                    READ,
                    List.of("/api/admin/projections"),
                    Set.of(ADMIN, AUDITOR),
                    "GET /api/admin/projections"),
            new EndpointClass(
                    "administration",
                    ANY_METHOD,
                    List.of("/api/admin/**"),
                    Set.of(ADMIN),
                    "POST /api/admin/projections/audit/replay"),
            new EndpointClass(
                    "users, read",
                    READ,
                    List.of("/api/users", "/api/users/**"),
                    Set.of(ADMIN, AUDITOR),
                    "GET /api/users"),
            new EndpointClass(
                    "users, write",
                    ANY_METHOD,
                    List.of("/api/users", "/api/users/**"),
                    Set.of(ADMIN),
                    "POST /api/users"),
            new EndpointClass(
                    "audit trail",
                    ANY_METHOD,
                    List.of("/api/audit", "/api/audit/**"),
                    Set.of(ADMIN, AUDITOR),
                    "GET /api/audit"),
            new EndpointClass("reads", READ, List.of("/api/**"), ANY_ROLE, "GET /api/entities"),
            new EndpointClass(
                    "record writes",
                    ANY_METHOD,
                    List.of("/api/entities/*/records", "/api/entities/*/records/**"),
                    Set.of(ADMIN, USER),
                    "POST /api/entities/matrix_probe/records"),
            new EndpointClass(
                    "schema writes",
                    ANY_METHOD,
                    List.of("/api/entities", "/api/entities/**"),
                    Set.of(ADMIN),
                    "POST /api/entities/matrix_probe/fields"));

    private AccessRules() {}
}
