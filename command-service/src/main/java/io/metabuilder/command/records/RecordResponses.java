package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.records.RecordCreated;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Builds the record a command response shows from the stored event, so it says exactly what the
 * read model will: values by field name, system fields from the event's time and author.
 */
@Component
class RecordResponses {

    private final EventStore events;
    private final SchemaCatalog catalog;

    RecordResponses(EventStore events, SchemaCatalog catalog) {
        this.events = events;
        this.catalog = catalog;
    }

    Map<String, Object> created(UUID recordId, long position) {
        DomainEventMessage<?> message =
                events.readEvents(recordId.toString()).asStream().findFirst().orElseThrow();
        RecordCreated event = (RecordCreated) message.getPayload();
        EntitySchema schema = catalog.schema(event.entityId()).orElseThrow();
        String at = DateTimeFormatter.ISO_INSTANT.format(message.getTimestamp().truncatedTo(ChronoUnit.MICROS));
        Object author = message.getMetaData().get(EventMetadata.USER_EMAIL);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", recordId);
        record.put("version", 1);
        record.putAll(valuesByName(schema, event));
        record.put("created_at", at);
        record.put("updated_at", at);
        record.put("created_by", author);
        record.put("updated_by", author);
        record.put("position", position);
        return record;
    }

    private static Map<String, JsonNode> valuesByName(EntitySchema schema, RecordCreated event) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (EntitySchema.Field field : schema.fields()) {
            JsonNode value = event.values().get(field.id());
            if (value != null) {
                values.put(field.spec().name(), value);
            }
        }
        return values;
    }
}
