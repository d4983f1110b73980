package io.metabuilder.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.events.records.RecordUpdated;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.events.users.Role;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit fold, asserted with SQL: one row per event of any kind, with its metadata and a summary. */
class AuditProjectionIT extends ServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writesEveryEventWithItsMetadataAndAggregate() {
        Events entity = Events.defineEntity(store, "audited_invoice");
        UUID recordId = UUID.randomUUID();
        String userId = UUID.randomUUID().toString();
        long position = store.append(
                "Record",
                recordId,
                entity.recordCreated(recordId, Map.of()),
                TestEventStore.metadata(userId, "grace@example.com", "USER"));
        awaitProcessed(position);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM rm_audit.audit_events WHERE position = ?", position);

        assertThat(row)
                .containsEntry("event_type", "RecordCreated")
                .containsEntry("aggregate_type", "Record")
                .containsEntry("aggregate_id", recordId.toString())
                .containsEntry("entity_id", entity.id())
                .containsEntry("user_id", userId)
                .containsEntry("user_email", "grace@example.com")
                .containsEntry("role", "USER")
                .containsEntry("client_address", "10.0.0.7")
                .containsEntry("request_id", "request-of-grace@example.com")
                .containsEntry(
                        "summary", "Created record " + recordId.toString().substring(0, 8) + " of audited_invoice");
    }

    @Test
    void summarisesAnUpdateWithTheNamesOfTheFieldsItChanged() {
        Events entity = Events.defineEntity(store, "audited_order");
        entity.addField("customer", FieldType.TEXT);
        entity.addField("total", FieldType.DECIMAL);
        UUID recordId = UUID.randomUUID();
        entity.createRecord(recordId, Values.json("{\"customer\":\"Ada\"}"));
        long position = store.append(
                "Record",
                recordId,
                new RecordUpdated(
                        recordId, entity.id(), 3, 2, Map.of(entity.fieldId("total"), TextNode.valueOf("9.90"))));
        awaitProcessed(position);

        assertThat(summaryAt(position))
                .isEqualTo("Updated record " + recordId.toString().substring(0, 8) + " of audited_order: total");
        assertThat(jdbc.queryForObject(
                        "SELECT summary FROM rm_audit.audit_events WHERE entity_id = ? AND event_type = 'FieldAdded'"
                                + " ORDER BY position LIMIT 1",
                        String.class,
                        entity.id()))
                .isEqualTo("Added field customer (TEXT) to audited_order");
    }

    @Test
    void handlingAnEventAgainChangesNothing() {
        UUID userId = UUID.randomUUID();
        UserRegistered registered = new UserRegistered(userId, "once@example.com", Role.AUDITOR);
        long position = store.append("User", userId, registered);
        awaitProcessed(position);
        String before = jdbc.queryForObject(
                "SELECT md5(a::text) FROM rm_audit.audit_events a WHERE position = ?", String.class, position);

        liveProjection()
                .on(
                        registered,
                        message(userId, registered, "someone-else@example.com"),
                        new GlobalSequenceTrackingToken(position));

        assertThat(jdbc.queryForObject(
                        "SELECT md5(a::text) FROM rm_audit.audit_events a WHERE position = ?", String.class, position))
                .isEqualTo(before);
        assertThat(summaryAt(position)).isEqualTo("Registered user once@example.com as AUDITOR");
    }

    @Test
    void neverWritesAKeyThatNamesAPasswordOrAHash() {
        UUID userId = UUID.randomUUID();
        Leaky leaky = new Leaky(userId, "leaky@example.com", "hunter22", "$2a$10$abcdefghijklmnopqrstuv");
        long position = store.head() + 1_000_000;

        liveProjection()
                .on(leaky, message(userId, leaky, "leaky@example.com"), new GlobalSequenceTrackingToken(position));

        String payload = jdbc.queryForObject(
                "SELECT payload::text FROM rm_audit.audit_events WHERE position = ?", String.class, position);
        assertThat(payload).contains("leaky@example.com").doesNotContain("hunter22", "$2a$", "assword", "Hash");
        jdbc.update("DELETE FROM rm_audit.audit_events WHERE position = ?", position);
    }

    /** A payload as a careless event might carry it. */
    record Leaky(UUID userId, String email, String newPassword, String passwordHash) {}

    private String summaryAt(long position) {
        return jdbc.queryForObject(
                "SELECT summary FROM rm_audit.audit_events WHERE position = ?", String.class, position);
    }

    private AuditProjection liveProjection() {
        return (AuditProjection) projections
                .find(AuditProjection.NAME)
                .orElseThrow()
                .handlerFor()
                .apply(AuditProjection.SCHEMA);
    }

    private static GenericDomainEventMessage<Object> message(UUID aggregateId, Object payload, String email) {
        return new GenericDomainEventMessage<>(
                "User",
                aggregateId.toString(),
                0,
                payload,
                TestEventStore.metadata(UUID.randomUUID().toString(), email, "ADMIN"),
                UUID.randomUUID().toString(),
                Instant.now());
    }
}
