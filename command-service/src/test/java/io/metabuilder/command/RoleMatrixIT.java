package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Api;
import io.metabuilder.events.users.Role;
import io.metabuilder.platform.access.AccessRules;
import io.metabuilder.platform.access.EndpointClass;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every class of the shared role matrix, asked by each persona: no token is 401 (but for the public
 * classes), a role the class does not allow is 403, and an allowed role gets past security (its
 * answer is the endpoint's own, whatever it is).
 */
class RoleMatrixIT extends ApiTestBase {

    @TestFactory
    List<DynamicTest> everyEndpointClassAnswersEachRoleAsTheMatrixSays() {
        Map<Role, Api> personas = Map.of(
                Role.ADMIN, admin,
                Role.USER, loggedInAs(createUser("USER")),
                Role.AUDITOR, loggedInAs(createUser("AUDITOR")));
        List<DynamicTest> tests = new ArrayList<>();
        for (EndpointClass endpoints : AccessRules.MATRIX) {
            tests.add(DynamicTest.dynamicTest(endpoints.name() + " without a token", () -> {
                Api.Response answer = ask(anonymous, endpoints);
                if (endpoints.isPublic()) {
                    assertThat(answer.status()).as(endpoints.example()).isNotIn(401, 403);
                } else {
                    assertProblem(answer, 401, "unauthorized");
                }
            }));
            personas.forEach((role, api) -> tests.add(DynamicTest.dynamicTest(endpoints.name() + " as " + role, () -> {
                Api.Response answer = ask(api, endpoints);
                if (endpoints.allows(role)) {
                    assertThat(answer.status()).as(endpoints.example()).isNotIn(401, 403);
                } else {
                    assertProblem(answer, 403, "forbidden");
                }
            })));
        }
        return tests;
    }

    private static Api.Response ask(Api api, EndpointClass endpoints) {
        return api.send(api.request(endpoints.examplePath())
                .method(endpoints.exampleMethod(), HttpRequest.BodyPublishers.noBody()));
    }
}
