package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.query.QueryServiceApplication;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.TestEventStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An event a projection cannot handle (here: a shape this version cannot read, as when the
 * query-service is older than the command-service that wrote it) stops that projection there. It
 * is never skipped: the events after it wait (its batch is rolled back whole), and the
 * projection reports the error.
 */
class UnreadableEventIT {

    static final TestEventStore store = TestEventStore.create(UnreadableEventIT.class);

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void stopsAtAnEventItCannotReadInsteadOfSkippingIt() {
        Events entity = Events.defineEntity(store, "poisoned");
        entity.addField("title", io.metabuilder.events.schema.FieldType.TEXT);
        long unreadable = appendUnreadableRecordCreated(entity.id());
        long after = entity.createRecord(UUID.randomUUID(), Map.of("title", TextNode.valueOf("after")));

        try (ConfigurableApplicationContext service = start()) {
            ProcessedPosition position = service.getBean(ProcessedPosition.class);
            ProjectionMonitor monitor = service.getBean(ProjectionMonitor.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> monitor.states().stream()
                    .anyMatch(s -> s.name().equals(EntityTablesProjection.NAME)
                            && s.status().equals("error")));

            assertThat(position.covers(EntityTablesProjection.NAME, unreadable)).isFalse();
            assertThat(position.covers(EntityTablesProjection.NAME, after)).isFalse();
            assertThat(store.jdbc()
                            .queryForObject(
                                    "SELECT count(*) FROM rm_entity_tables.entities WHERE id = ?",
                                    Long.class,
                                    entity.id()))
                    .as("the failed batch is rolled back whole")
                    .isZero();
        }
    }

    /** A RecordCreated of a future revision, with a property this version does not know. */
    private static long appendUnreadableRecordCreated(UUID entityId) {
        UUID recordId = UUID.randomUUID();
        String payload = "{\"recordId\":\"" + recordId + "\",\"entityId\":\"" + entityId
                + "\",\"schemaVersion\":2,\"version\":1,\"values\":{},\"fromTheFuture\":true}";
        String eventId = UUID.randomUUID().toString();
        store.jdbc()
                .update(
                        "INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier,"
                                + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                                + " VALUES (?, ?, 0, 'Record', ?, 'RecordCreated', '1', ?, ?)",
                        eventId,
                        recordId.toString(),
                        Instant.now().toString(),
                        payload.getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8));
        return store.position(eventId);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .run("--metabuilder.database-url=" + store.databaseUrl(), "--server.port=0");
    }
}
