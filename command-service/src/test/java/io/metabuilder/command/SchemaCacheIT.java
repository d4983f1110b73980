package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.command.support.Api;
import io.metabuilder.events.schema.AddField;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Record writes and responses read the schema from memory only while its version is current. */
class SchemaCacheIT extends ApiTestBase {

    @Autowired
    SchemaCatalog catalog;

    @Autowired
    CommandGateway commands;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seesFieldAddedAfterTheSchemaWasRead() {
        String entity = define(unique("growing"));
        assertThat(admin.post(records(entity), "{}").status()).isEqualTo(201);

        assertThat(admin.post("/api/entities/" + entity + "/fields", "{\"name\":\"late\",\"type\":\"TEXT\"}")
                        .status())
                .isEqualTo(201);
        JsonNode record = admin.post(records(entity), "{\"late\":\"here\"}").json();

        assertThat(record.get("late").asText()).isEqualTo("here");
    }

    @Test
    void neverServesAVersionFromARolledBackChange() {
        UUID entityId = idOf(define(unique("undone")));
        transactions.executeWithoutResult(status -> {
            commands.sendAndWait(new AddField(entityId, UUID.randomUUID(), FieldSpec.of("ghost", FieldType.TEXT)));
            assertThat(names(catalog.schema(entityId).orElseThrow())).containsExactly("ghost");
            status.setRollbackOnly();
        });

        commands.sendAndWait(new AddField(entityId, UUID.randomUUID(), FieldSpec.of("real", FieldType.TEXT)));

        assertThat(names(catalog.schema(entityId).orElseThrow())).containsExactly("real");
    }

    @Test
    void createdRecordShowsItsStoredEventTimeAndPosition() {
        String entity = define(unique("stamped"));

        Api.Response created = admin.post(records(entity), "{}");
        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT global_index, time_stamp FROM event_store.domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number = 0",
                created.json().get("id").asText());

        String storedAt = DateTimeFormatter.ISO_INSTANT.format(
                DateTimeUtils.parseInstant((String) stored.get("time_stamp")).truncatedTo(ChronoUnit.MICROS));
        assertThat(created.json().get("created_at").asText()).isEqualTo(storedAt);
        assertThat(created.json().get("position").asLong()).isEqualTo(stored.get("global_index"));
        assertThat(created.header("X-Position"))
                .isEqualTo(stored.get("global_index").toString());
    }

    private UUID idOf(String entity) {
        return catalog.resolve(entity).orElseThrow();
    }

    private static List<String> names(EntitySchema schema) {
        return schema.fields().stream().map(field -> field.spec().name()).toList();
    }

    private static String records(String entity) {
        return "/api/entities/" + entity + "/records";
    }
}
