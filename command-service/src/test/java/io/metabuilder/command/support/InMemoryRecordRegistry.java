package io.metabuilder.command.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.records.RecordRegistry;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The record lookup tables as aggregate fixtures need them: a fold of the record events it is
 * given, in memory. Unique values are keyed by their JSON text, which is canonical in events.
 */
public class InMemoryRecordRegistry implements RecordRegistry {

    private final SchemaCatalog schemas;
    private final Set<List<UUID>> created = new HashSet<>();
    private final Set<List<UUID>> live = new HashSet<>();
    private final Map<List<Object>, UUID> claims = new HashMap<>();

    public InMemoryRecordRegistry(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /**
     * Folds {@link RecordCreated} (the record is live and holds its unique values) and
     * {@link RecordDeleted} (it is not live, and its values are free) events.
     */
    public InMemoryRecordRegistry given(Object... events) {
        for (Object event : events) {
            if (event instanceof RecordCreated createdEvent) {
                fold(createdEvent);
            } else if (event instanceof RecordDeleted deleted) {
                live.remove(List.of(deleted.entityId(), deleted.recordId()));
                claims.values().removeIf(holder -> holder.equals(deleted.recordId()));
            } else {
                throw new IllegalArgumentException("not a folded record event: " + event);
            }
        }
        return this;
    }

    private void fold(RecordCreated event) {
        created.add(List.of(event.entityId(), event.recordId()));
        live.add(List.of(event.entityId(), event.recordId()));
        for (EntitySchema.Field field :
                schemas.schema(event.entityId()).orElseThrow().fields()) {
            JsonNode value = event.values().get(field.id());
            if (field.spec().unique() && value != null && !value.isNull()) {
                claims.put(List.of(event.entityId(), field.id(), value.asText()), event.recordId());
            }
        }
    }

    @Override
    public boolean exists(UUID entityId, UUID recordId) {
        return created.contains(List.of(entityId, recordId));
    }

    @Override
    public boolean isLive(UUID entityId, UUID recordId) {
        return live.contains(List.of(entityId, recordId));
    }

    @Override
    public boolean isUniqueTaken(UUID entityId, UUID fieldId, String canonicalValue, UUID recordId) {
        UUID holder = claims.get(List.of(entityId, fieldId, canonicalValue));
        return holder != null && !holder.equals(recordId);
    }
}
