package io.metabuilder.command.schema;

import io.metabuilder.events.schema.FieldSpec;
import java.util.Collection;
import java.util.Collections;
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
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** One field: its stable id, its spec, whether it is removed, and the version that added it. */
    record Field(UUID id, FieldSpec spec, boolean removed, long addedInVersion) {

        Field withSpec(FieldSpec changed) {
            return new Field(id, changed, removed, addedInVersion);
        }

        Field withRemoved(boolean isRemoved) {
            return new Field(id, spec, isRemoved, addedInVersion);
        }

        String name() {
            return spec.name();
        }
    }

    static EntityState defined(String name, String displayName, String description) {
        return new EntityState(name, displayName, description, false, Map.of());
    }

    EntityState withField(Field field) {
        Map<UUID, Field> changed = new LinkedHashMap<>(fields);
        changed.put(field.id(), field);
        return new EntityState(name, displayName, description, archived, changed);
    }

    EntityState withDetails(String newName, String newDisplayName, String newDescription) {
        return new EntityState(newName, newDisplayName, newDescription, archived, fields);
    }

    EntityState withArchived(boolean isArchived) {
        return new EntityState(name, displayName, description, isArchived, fields);
    }

    Collection<Field> allFields() {
        return fields.values();
    }

    Optional<Field> field(UUID fieldId) {
        return Optional.ofNullable(fields.get(fieldId));
    }

    /** The live (not removed) field with this name, compared case-insensitively. */
    Optional<Field> liveField(String fieldName) {
        String key = fieldName.toLowerCase(Locale.ROOT);
        return fields.values().stream()
                .filter(field -> !field.removed())
                .filter(field -> field.spec().name().toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }

    /** Whether a live field other than {@code fieldId} has this name. */
    boolean isNameTakenByAnother(String fieldName, UUID fieldId) {
        return liveField(fieldName).filter(other -> !other.id().equals(fieldId)).isPresent();
    }
}
