package io.metabuilder.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.common.EventTypeNames;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.events.records.RecordRestored;
import io.metabuilder.events.records.RecordUpdated;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * Every version of every record, as a fold: one row per record event with who, when and in which
 * request, the values after it and what it changed, by field id. A version's values are the
 * previous version's plus its changes. Idempotent: a version is written once.
 */
@ProcessingGroup(RecordHistoryProjection.NAME)
class RecordHistoryProjection {

    static final String NAME = "record-history";
    static final String SCHEMA = "rm_record_history";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final RecordVersionRows rows;

    RecordHistoryProjection(RecordVersionRows rows) {
        this.rows = rows;
    }

    /** A new record: every value is a change from null. */
    @EventHandler
    void on(
            RecordCreated event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail,
            @MetaDataValue(EventMetadata.REQUEST_ID) String requestId) {
        ObjectNode values = JSON.objectNode();
        ObjectNode changes = JSON.objectNode();
        new TreeMap<>(event.values()).forEach((field, value) -> {
            values.set(field.toString(), value);
            changes.set(field.toString(), change(JSON.nullNode(), value));
        });
        rows.insert(new RecordVersionRow(
                event.recordId(),
                event.version(),
                event.entityId(),
                type(RecordCreated.class),
                userId,
                userEmail,
                micros(timestamp),
                requestId,
                values,
                changes));
    }

    /** Only what changed, from the value the previous version held. */
    @EventHandler
    void on(RecordUpdated event, @Timestamp Instant timestamp, MetaData metaData) {
        ObjectNode values = previous(event.recordId(), event.version());
        ObjectNode changes = JSON.objectNode();
        new TreeMap<UUID, JsonNode>(event.changes()).forEach((field, value) -> {
            changes.set(field.toString(), change(values.path(field.toString()), value));
            values.set(field.toString(), value);
        });
        insert(
                event.recordId(),
                event.version(),
                event.entityId(),
                RecordUpdated.class,
                timestamp,
                metaData,
                values,
                changes);
    }

    @EventHandler
    void on(RecordDeleted event, @Timestamp Instant timestamp, MetaData metaData) {
        ObjectNode values = previous(event.recordId(), event.version());
        insert(
                event.recordId(),
                event.version(),
                event.entityId(),
                RecordDeleted.class,
                timestamp,
                metaData,
                values,
                JSON.objectNode());
    }

    @EventHandler
    void on(RecordRestored event, @Timestamp Instant timestamp, MetaData metaData) {
        ObjectNode values = previous(event.recordId(), event.version());
        insert(
                event.recordId(),
                event.version(),
                event.entityId(),
                RecordRestored.class,
                timestamp,
                metaData,
                values,
                JSON.objectNode());
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }

    /** Events of a record arrive in order, so the previous version is there; if not, stop rather than skip. */
    private ObjectNode previous(UUID recordId, long version) {
        return rows.valuesAt(recordId, version - 1)
                .orElseThrow(() -> new IllegalStateException(
                        "no version " + (version - 1) + " of record " + recordId + " to follow"));
    }

    private void insert(
            UUID recordId,
            long version,
            UUID entityId,
            Class<?> eventType,
            Instant timestamp,
            Map<String, ?> metaData,
            ObjectNode values,
            ObjectNode changes) {
        rows.insert(new RecordVersionRow(
                recordId,
                version,
                entityId,
                type(eventType),
                text(metaData, EventMetadata.USER_ID),
                text(metaData, EventMetadata.USER_EMAIL),
                micros(timestamp),
                text(metaData, EventMetadata.REQUEST_ID),
                values,
                changes));
    }

    private static ObjectNode change(JsonNode from, JsonNode to) {
        ObjectNode change = JSON.objectNode();
        change.set("from", from.isMissingNode() ? JSON.nullNode() : from);
        change.set("to", to);
        return change;
    }

    private static String text(Map<String, ?> metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    private static String type(Class<?> event) {
        return EventTypeNames.nameOf(event).orElseThrow();
    }

    /** PostgreSQL keeps microseconds; truncating here makes every replay write identical values. */
    private static Instant micros(Instant timestamp) {
        return timestamp.truncatedTo(ChronoUnit.MICROS);
    }
}
