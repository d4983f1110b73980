package io.metabuilder.query.projection;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/admin/projections and POST .../{name}/replay: every projection, and one replay at a time. */
class ProjectionAdminIT extends ServiceIT {

    private static final String ADMIN = Api.token("ADMIN");

    @Test
    void listsEveryProjectionWithItsPositionLagAndStatus() {
        Events entity = Events.defineEntity(store, "admin_listed");
        entity.addField("title", FieldType.TEXT);
        long last = entity.createRecord(UUID.randomUUID(), Values.json("{\"title\":\"x\"}"));
        awaitProcessed(last);

        HttpResponse<String> response = api.get("/api/admin/projections", Api.token("AUDITOR"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode data = Api.json(response).get("data");
        assertThat(data.findValuesAsText("name"))
                .containsExactly("audit", "entity-tables", "record-history", "schema-versions", "users");
        data.forEach(projection -> {
            assertThat(projection.get("position").asLong()).isGreaterThanOrEqualTo(last);
            assertThat(projection.get("lag").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(projection.get("status").asText()).isEqualTo("running");
        });
        assertProblem(api.get("/api/admin/projections", USER), 403, "forbidden");
    }

    @Test
    void reportsReadinessAndMetricsPerProjection() {
        awaitProcessed(Events.defineEntity(store, "admin_health").addField("x", FieldType.TEXT));

        JsonNode details =
                Api.json(api.get("/health/ready", null)).get("components").get("projection");
        String metrics = api.get("/metrics", null).body();

        assertThat(details.get("status").asText()).isEqualTo("UP");
        assertThat(details.get("details").get("projections").fieldNames())
                .toIterable()
                .containsExactly("audit", "entity-tables", "record-history", "schema-versions", "users");
        assertThat(metrics)
                .contains("metabuilder_projection_lag{projection=\"entity-tables\"}")
                .contains("metabuilder_projection_position{projection=\"record-history\"}")
                .contains("metabuilder_projection_lag{projection=\"schema-versions\"}");
    }

    @Test
    void answers404ForAnUnknownProjectionAnd409WhileOneReplays() {
        assertProblem(api.post("/api/admin/projections/nothing/replay", ADMIN), 404, "not-found");
        assertProblem(api.post("/api/admin/projections/record-history/replay", USER), 403, "forbidden");

        HttpResponse<String> first = api.post("/api/admin/projections/record-history/replay", ADMIN);
        HttpResponse<String> second = api.post("/api/admin/projections/record-history/replay", ADMIN);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(Api.json(first).get("status").asText()).isEqualTo("replaying");
        assertProblem(second, 409, "conflict");
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        Api.json(api.get("/api/admin/projections", ADMIN))
                                .get("data")
                                .findValuesAsText("status")
                                .stream()
                                .allMatch("running"::equals));
    }
}
