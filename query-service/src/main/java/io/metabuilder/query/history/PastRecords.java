package io.metabuilder.query.history;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.common.EventTypeNames;
import io.metabuilder.events.records.RecordDeleted;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A record as it was, from the record-history projection, in the shape GET by id answers: values
 * under the field names of the schema at that moment, beside the system fields, and
 * {@code deleted: true} when the record was deleted then.
 */
@Component
public class PastRecords {

    private static final String DELETED =
            EventTypeNames.nameOf(RecordDeleted.class).orElseThrow();

    private final RecordVersionQueries versions;
    private final FieldNames names;

    PastRecords(RecordVersionQueries versions, FieldNames names) {
        this.versions = versions;
        this.names = names;
    }

    /** The record at {@code version}, named as the schema was when that version was written. */
    public Optional<ObjectNode> atVersion(UUID entityId, UUID recordId, long version) {
        return versions.atVersion(entityId, recordId, version).map(row -> render(row, row.timestamp()));
    }

    /** The record as it stood at {@code instant}, named as the schema was then. */
    public Optional<ObjectNode> asOf(UUID entityId, UUID recordId, Instant instant) {
        return versions.asOf(entityId, recordId, instant).map(row -> render(row, instant));
    }

    private ObjectNode render(RecordVersionRow row, Instant moment) {
        RecordVersionRow first =
                versions.atVersion(row.entityId(), row.recordId(), 1).orElse(row);
        ObjectNode record = JsonNodeFactory.instance
                .objectNode()
                .put("id", row.recordId().toString())
                .put("version", row.version());
        for (Map.Entry<String, String> field : names.at(row.entityId(), moment).entrySet()) {
            record.set(
                    field.getValue(),
                    row.values().path(field.getKey()).isMissingNode()
                            ? JsonNodeFactory.instance.nullNode()
                            : row.values().get(field.getKey()));
        }
        record.put("created_at", first.timestamp().toString());
        record.put("updated_at", row.timestamp().toString());
        record.put("created_by", first.userEmail());
        record.put("updated_by", row.userEmail());
        if (DELETED.equals(row.eventType())) {
            record.put("deleted", true);
        }
        return record;
    }
}
