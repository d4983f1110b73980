package io.metabuilder.platform.access;

import io.metabuilder.events.users.Role;
import java.util.List;
import java.util.Set;

/**
 * A class of endpoints that share one access rule: requests with one of {@code methods} (all methods
 * when empty) to a path matching one of {@code patterns} (Ant style: {@code *} one segment, {@code
 * **} any) are open to everyone when {@code roles} is {@link #PUBLIC}, else to the roles named.
 * {@code example} is one real request of the class, for the tests that walk the matrix.
 */
public record EndpointClass(String name, List<String> methods, List<String> patterns, Set<Role> roles, String example) {

    /** No token needed. */
    public static final Set<Role> PUBLIC = Set.of();

    public EndpointClass {
        methods = List.copyOf(methods);
        patterns = List.copyOf(patterns);
        roles = Set.copyOf(roles);
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }

    public boolean allows(Role role) {
        return isPublic() || roles.contains(role);
    }

    /** The method of {@link #example()}: "GET /api/entities" → "GET". */
    public String exampleMethod() {
        return example.substring(0, example.indexOf(' '));
    }

    public String examplePath() {
        return example.substring(example.indexOf(' ') + 1);
    }
}
