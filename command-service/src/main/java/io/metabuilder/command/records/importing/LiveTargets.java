package io.metabuilder.command.records.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.records.RecordRegistry;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.events.schema.FieldType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The live records among those a batch of rows references, asked of the registry once per target
 * entity, so the record validator's "is this a live record?" costs no query per value.
 */
final class LiveTargets {

    private final Map<UUID, Set<UUID>> live;

    private LiveTargets(Map<UUID, Set<UUID>> live) {
        this.live = live;
    }

    static LiveTargets of(EntitySchema schema, List<ImportRow> rows, RecordRegistry registry) {
        Map<UUID, Set<UUID>> referenced = new HashMap<>();
        for (EntitySchema.Field field : schema.fields()) {
            if (field.spec().type() == FieldType.REFERENCE) {
                Set<UUID> ids = referenced.computeIfAbsent(field.spec().reference(), e -> new HashSet<>());
                rows.forEach(row -> parse(row.values().get(field.spec().name())).ifPresent(ids::add));
            }
        }
        Map<UUID, Set<UUID>> live = new HashMap<>();
        referenced.forEach((entity, ids) -> live.put(entity, registry.liveAmong(entity, ids)));
        return new LiveTargets(live);
    }

    boolean contains(UUID entityId, UUID recordId) {
        return live.getOrDefault(entityId, Set.of()).contains(recordId);
    }

    private static Optional<UUID> parse(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
