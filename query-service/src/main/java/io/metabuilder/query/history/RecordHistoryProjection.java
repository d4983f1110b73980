package io.metabuilder.query.history;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.common.EventTypeNames;
import io.metabuilder.events.records.RecordCreated;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * Every version of every record, as a fold: one row per record event with who, when and in which
 * request, the values after it and what it changed, by field id. Idempotent: a version is written once.
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
            changes.set(field.toString(), JSON.objectNode().putNull("from").set("to", value));
        });
        rows.insert(new RecordVersionRow(
                event.recordId(),
                event.version(),
                event.entityId(),
                EventTypeNames.nameOf(RecordCreated.class).orElseThrow(),
                userId,
                userEmail,
                timestamp.truncatedTo(ChronoUnit.MICROS),
                requestId,
                values,
                changes));
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }
}
