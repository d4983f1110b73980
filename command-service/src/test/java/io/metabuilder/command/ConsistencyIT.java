package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.schema.SchemaChanged;
import io.metabuilder.command.support.Api;
import io.metabuilder.events.records.CreateRecord;
import io.metabuilder.events.schema.AddField;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Events and lookup tables commit together; concurrent writers serialise instead of clashing. */
class ConsistencyIT extends ApiTestBase {

    @Autowired
    CommandGateway commands;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rolledBackCommandLeavesNeitherEventNorClaim() {
        UUID entityId = entityWithUniqueCode(unique("ledger"));
        UUID recordId = UUID.randomUUID();
        ObjectNode values = JsonNodeFactory.instance.objectNode().put("code", "X-1");

        transactions.executeWithoutResult(status -> {
            commands.sendAndWait(new CreateRecord(recordId, entityId, values));
            assertThat(eventsOf(recordId)).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(eventsOf(recordId)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM command.unique_value_claims WHERE record_id = ?", Long.class, recordId))
                .isZero();
        assertThat(admin.post("/api/entities/" + entityId + "/records", "{\"code\":\"X-1\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void parallelSchemaChangesEachGetTheirOwnVersion() throws Exception {
        UUID entityId = UUID.fromString(admin.post("/api/entities", "{\"name\":\"" + unique("busy") + "\"}")
                .json()
                .get("id")
                .asText());

        List<Long> versions = inParallel(8, i -> commands.<SchemaChanged>sendAndWait(
                        new AddField(entityId, UUID.randomUUID(), FieldSpec.of("f" + i, FieldType.TEXT)))
                .schemaVersion());

        assertThat(versions).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void parallelWritesOfOneUniqueValueLetExactlyOneWin() throws Exception {
        UUID entityId = entityWithUniqueCode(unique("race"));

        List<Integer> statuses =
                inParallel(6, i -> admin.post("/api/entities/" + entityId + "/records", "{\"code\":\"SAME\"}")
                        .status());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
    }

    @Test
    void eventsCarryWhoWhereAndWhichRequest() {
        Api.Response created = admin.send(admin.request("/api/entities")
                .header("Content-Type", "application/json")
                .header("X-Request-ID", "req-meta-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"" + unique("meta") + "\"}")));

        String metadata = jdbc.queryForObject(
                "SELECT convert_from(meta_data, 'UTF8') FROM event_store.domain_event_entry WHERE global_index = ?",
                String.class,
                created.json().get("position").asLong());
        assertThat(metadata)
                .contains(
                        "\"userEmail\":\"admin@metabuilder.local\"",
                        "\"role\":\"ADMIN\"",
                        "\"requestId\":\"req-meta-1\"",
                        "\"clientAddress\":\"127.0.0.1\"",
                        "\"userId\":\"");
    }

    @Test
    void noEventEverHoldsAPasswordHash() {
        String hashes = jdbc.queryForObject(
                "SELECT count(*) FROM event_store.domain_event_entry"
                        + " WHERE convert_from(payload, 'UTF8') LIKE '%$2a$%' OR convert_from(meta_data, 'UTF8') LIKE '%$2a$%'",
                String.class);
        assertThat(hashes).isEqualTo("0");
    }

    private UUID entityWithUniqueCode(String name) {
        String id = admin.post("/api/entities", "{\"name\":\"" + name + "\"}")
                .json()
                .get("id")
                .asText();
        admin.post("/api/entities/" + id + "/fields", "{\"name\":\"code\",\"type\":\"TEXT\",\"unique\":true}");
        return UUID.fromString(id);
    }

    private long eventsOf(UUID aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                aggregateId.toString());
    }

    private static <T> List<T> inParallel(int count, java.util.function.IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = IntStream.range(0, count)
                    .mapToObj(i -> pool.submit(() -> task.apply(i)))
                    .toList();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
