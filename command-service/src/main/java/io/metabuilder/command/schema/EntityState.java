package io.metabuilder.command.schema;

import io.metabuilder.events.schema.FieldSpec;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An entity's schema at one version: its names, its archived flag and every field it ever had, by
 * id and in the order they were added, removed ones included. Immutable: each schema event makes
 * a new one, so the aggregate keeps one per version.
 */
record EntityState(String name, String displayName, String description, boolean archived, Map<UUID, Field> fields) {

    EntityState {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** One field: its stable id, its spec, whether it is removed, and the version that added it. */
    record Field(UUID id, FieldSpec spec, boolean removed, long addedInVersion) {}

    static EntityState defined(String name, String displayName, String description) {
        return new EntityState(name, displayName, description, false, Map.of());
    }

    EntityState withField(Field field) {
        Map<UUID, Field> changed = new LinkedHashMap<>(fields);
        changed.put(field.id(), field);
        return new EntityState(name, displayName, description, archived, changed);
    }

    Collection<Field> allFields() {
        return fields.values();
    }

    /** The live (not removed) field with this name, compared case-insensitively. */
    Optional<Field> liveField(String fieldName) {
        String key = fieldName.toLowerCase(Locale.ROOT);
        return fields.values().stream()
                .filter(field -> !field.removed())
                .filter(field -> field.spec().name().toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }
}
