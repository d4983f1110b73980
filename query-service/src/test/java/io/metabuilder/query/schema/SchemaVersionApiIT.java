package io.metabuilder.query.schema;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** GET /api/entities/{entity}/schema and /schema/versions: the schema as it was, read from schema-versions. */
class SchemaVersionApiIT extends ServiceIT {

    @Test
    void theLatestVersionIsTheEntityAsClientsReadItNow() {
        Events entity = Events.defineEntity(store, "timeline");
        entity.addField("title", FieldType.TEXT);
        long last = entity.addField(FieldSpec.builder("price", FieldType.DECIMAL)
                .min(new BigDecimal("0"))
                .precision(10)
                .scale(2)
                .build());
        awaitProcessed(last);

        HttpResponse<String> latest = api.get("/api/entities/timeline/schema", USER);
        HttpResponse<String> current = api.get("/api/entities/" + entity.id(), USER);

        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.headers().firstValue("ETag")).contains("\"3\"");
        assertThat(Api.json(latest)).isEqualTo(Api.json(current));
        assertThat(Api.json(api.get("/api/entities/timeline/schema?version=3", USER)))
                .isEqualTo(Api.json(current));
    }

    @Test
    void answersAnEarlierVersionByNumberOrInstant() {
        Events entity = Events.defineEntity(store, "earlier");
        long second = entity.addField("title", FieldType.TEXT);
        awaitProcessed(second);
        awaitProcessed(entity.addField("qty", FieldType.INTEGER));

        JsonNode two = Api.json(api.get("/api/entities/earlier/schema?version=2", USER));
        // The instant version 2 was made at: version 3 came later (event timestamps are stored in ms).
        String madeAt = two.get("updatedAt").asText();
        JsonNode asOf = Api.json(api.get("/api/entities/earlier/schema?asOf=" + madeAt, USER));

        assertThat(two.get("schemaVersion").asLong()).isEqualTo(2);
        assertThat(two.get("fields").findValuesAsText("name")).containsExactly("title");
        assertThat(asOf).isEqualTo(two);
        assertThat(Api.json(api.get("/api/entities/earlier/schema?asOf=" + Instant.now(), USER))
                        .get("schemaVersion")
                        .asLong())
                .isEqualTo(3);
        assertProblem(api.get("/api/entities/earlier/schema?version=9", USER), 404, "not-found");
        assertProblem(api.get("/api/entities/earlier/schema?asOf=2000-01-01T00:00:00Z", USER), 404, "not-found");
        assertProblem(api.get("/api/entities/earlier/schema?asOf=yesterday", USER), 400, "bad-request");
        assertProblem(api.get("/api/entities/earlier/schema?version=x", USER), 400, "bad-request");
        assertProblem(api.get("/api/entities/nowhere/schema", USER), 404, "not-found");
    }

    @Test
    void listsTheVersionsOldestFirst() {
        Events entity = Events.defineEntity(store, "listed_versions");
        long last = entity.addField("title", FieldType.TEXT);

        HttpResponse<String> response =
                api.get("/api/entities/listed_versions/schema/versions", USER, "X-Min-Position", "" + last);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode data = Api.json(response).get("data");
        assertThat(data.findValuesAsText("eventType")).containsExactly("EntityDefined", "FieldAdded");
        assertThat(data.findValuesAsText("change"))
                .containsExactly("Defined entity listed_versions", "Added field title (TEXT)");
        assertThat(data.get(1).get("version").asLong()).isEqualTo(2);
        assertThat(data.get(1).get("user").get("email").asText()).isEqualTo(TestEventStore.USER_EMAIL);
        assertThat(Instant.parse(data.get(1).get("timestamp").asText())).isBeforeOrEqualTo(Instant.now());
    }
}
