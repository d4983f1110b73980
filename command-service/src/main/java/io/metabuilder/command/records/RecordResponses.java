package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.records.RecordCreated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the record a command response shows from the stored event, so it says exactly what the
 * read model will: values by field name, system fields from the event's time and author. The
 * event and its position come back in one query.
 */
@Component
class RecordResponses {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final SchemaCatalog catalog;

    RecordResponses(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer, SchemaCatalog catalog) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.catalog = catalog;
    }

    /** A created record: the position of its event and the body that shows it. */
    record Created(long position, Map<String, Object> body) {}

    Created created(UUID recordId) {
        return jdbc.queryForObject(
                "SELECT global_index, time_stamp, payload_type, payload_revision, payload, meta_data"
                        + " FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0",
                (row, i) -> created(recordId, row),
                recordId.toString());
    }

    private Created created(UUID recordId, ResultSet row) throws SQLException {
        long position = row.getLong(1);
        String at = DateTimeFormatter.ISO_INSTANT.format(
                DateTimeUtils.parseInstant(row.getString(2)).truncatedTo(ChronoUnit.MICROS));
        RecordCreated event = serializer.deserialize(
                new SimpleSerializedObject<>(row.getBytes(5), byte[].class, row.getString(3), row.getString(4)));
        Object author = metaData(row.getBytes(6)).get(EventMetadata.USER_EMAIL);
        EntitySchema schema = catalog.schema(event.entityId()).orElseThrow();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", recordId);
        record.put("version", 1);
        record.putAll(valuesByName(schema, event));
        record.put("created_at", at);
        record.put("updated_at", at);
        record.put("created_by", author);
        record.put("updated_by", author);
        record.put("position", position);
        return new Created(position, record);
    }

    private MetaData metaData(byte[] stored) {
        return stored == null
                ? MetaData.emptyInstance()
                : serializer.deserialize(
                        new SimpleSerializedObject<>(stored, byte[].class, MetaData.class.getName(), null));
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
