package io.metabuilder.command.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.records.RecordRegistry;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.records.RecordCreated;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The record lookup tables as aggregate fixtures need them: a fold of the record events it is
 * given, in memory. Unique values are keyed by their JSON text, which is canonical in events.
 */
public class InMemoryRecordRegistry implements RecordRegistry {

    private final SchemaCatalog schemas;
    private final Set<List<UUID>> live = new HashSet<>();
    private final Set<List<Object>> claims = new HashSet<>();

    public InMemoryRecordRegistry(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /** Folds {@link RecordCreated} events: the records are live and hold their unique values. */
    public InMemoryRecordRegistry given(RecordCreated... events) {
        for (RecordCreated event : events) {
            live.add(List.of(event.entityId(), event.recordId()));
            for (EntitySchema.Field field :
                    schemas.schema(event.entityId()).orElseThrow().fields()) {
                JsonNode value = event.values().get(field.id());
                if (field.spec().unique() && value != null && !value.isNull()) {
                    claims.add(List.of(event.entityId(), field.id(), value.asText()));
                }
            }
        }
        return this;
    }

    @Override
    public boolean isLive(UUID entityId, UUID recordId) {
        return live.contains(List.of(entityId, recordId));
    }

    @Override
    public boolean isUniqueTaken(UUID entityId, UUID fieldId, String canonicalValue) {
        return claims.contains(List.of(entityId, fieldId, canonicalValue));
    }
}
