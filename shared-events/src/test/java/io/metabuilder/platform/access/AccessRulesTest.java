package io.metabuilder.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.events.users.Role;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The matrix says what API.md's role table says. */
class AccessRulesTest {

    private final Map<String, EndpointClass> byName =
            AccessRules.MATRIX.stream().collect(Collectors.toMap(EndpointClass::name, endpoints -> endpoints));

    @Test
    void adminDoesEverythingAuditorWritesNothingUserWorksWithRecords() {
        assertThat(roles("schema writes")).containsExactly(Role.ADMIN);
        assertThat(roles("record writes")).containsExactlyInAnyOrder(Role.ADMIN, Role.USER);
        assertThat(roles("users, write")).containsExactly(Role.ADMIN);
        assertThat(roles("users, read")).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
        assertThat(roles("audit trail")).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
        assertThat(roles("reads")).containsExactlyInAnyOrder(Role.values());
        assertThat(byName.get("login, version and operations").isPublic()).isTrue();
    }

    @Test
    void theNarrowerClassComesFirstSoItDecides() {
        List<String> order =
                AccessRules.MATRIX.stream().map(EndpointClass::name).toList();
        assertThat(order.indexOf("projection status")).isLessThan(order.indexOf("administration"));
        assertThat(order.indexOf("users, read")).isLessThan(order.indexOf("reads"));
        assertThat(order.indexOf("audit trail")).isLessThan(order.indexOf("reads"));
        assertThat(order.indexOf("record writes")).isLessThan(order.indexOf("schema writes"));
    }

    @Test
    void everyClassHasAnExampleRequest() {
        for (EndpointClass endpoints : AccessRules.MATRIX) {
            assertThat(endpoints.exampleMethod()).as(endpoints.name()).matches("[A-Z]+");
            assertThat(endpoints.examplePath()).as(endpoints.name()).startsWith("/");
        }
    }

    private java.util.Set<Role> roles(String name) {
        return byName.get(name).roles();
    }
}
