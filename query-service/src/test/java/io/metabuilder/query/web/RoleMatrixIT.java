package io.metabuilder.query.web;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.events.users.Role;
import io.metabuilder.platform.access.AccessRules;
import io.metabuilder.platform.access.EndpointClass;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.ServiceIT;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every class of the shared role matrix, asked by each persona: no token is 401 (but for the public
 * classes), a role the class does not allow is 403, and an allowed role gets past security (its
 * answer is the endpoint's own, whatever it is).
 */
class RoleMatrixIT extends ServiceIT {

    @TestFactory
    List<DynamicTest> everyEndpointClassAnswersEachRoleAsTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EndpointClass endpoints : AccessRules.MATRIX) {
            tests.add(DynamicTest.dynamicTest(endpoints.name() + " without a token", () -> {
                HttpResponse<String> answer = ask(null, endpoints);
                if (endpoints.isPublic()) {
                    assertThat(answer.statusCode()).as(endpoints.example()).isNotIn(401, 403);
                } else {
                    assertProblem(answer, 401, "unauthorized");
                }
            }));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(endpoints.name() + " as " + role, () -> {
                    HttpResponse<String> answer = ask(Api.token(role.name()), endpoints);
                    if (endpoints.allows(role)) {
                        assertThat(answer.statusCode()).as(endpoints.example()).isNotIn(401, 403);
                    } else {
                        assertProblem(answer, 403, "forbidden");
                    }
                }));
            }
        }
        return tests;
    }

    private HttpResponse<String> ask(String token, EndpointClass endpoints) {
        return token == null
                ? api.send(endpoints.exampleMethod(), endpoints.examplePath())
                : api.send(endpoints.exampleMethod(), endpoints.examplePath(), "Authorization", "Bearer " + token);
    }
}
