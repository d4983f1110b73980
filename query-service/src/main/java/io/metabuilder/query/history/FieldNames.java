package io.metabuilder.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.schema.SchemaVersionQueries;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The names a record's fields had at a moment, from the schema-versions projection: the past is
 * shown as it was, so a field later renamed appears under its name then, and a field removed
 * since appears as it did. Fields removed (or not yet added) at that moment are absent.
 */
@Component
class FieldNames {

    private final SchemaVersionQueries schemas;

    FieldNames(SchemaVersionQueries schemas) {
        this.schemas = schemas;
    }

    /** Field id (as text) to name, in schema order, for the schema in force at {@code moment}. */
    Map<String, String> at(UUID entityId, Instant moment) {
        Map<String, String> names = new LinkedHashMap<>();
        schemas.asOf(entityId, moment)
                .map(FieldNames::fields)
                .ifPresent(fields -> fields.forEach(field -> {
                    if (!field.path("removed").asBoolean()) {
                        names.put(field.get("id").asText(), field.get("name").asText());
                    }
                }));
        return names;
    }

    private static JsonNode fields(ObjectNode entity) {
        return entity.path("fields");
    }
}
