package io.metabuilder.query.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.events.records.RecordRestored;
import io.metabuilder.events.records.RecordUpdated;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * Builds what command-service would append for an entity: its definition, fields and records, with
 * the aggregate types and versions the write side uses.
 */
public final class Events {

    private final TestEventStore store;
    private final UUID entityId = UUID.randomUUID();
    private final Map<String, UUID> fieldIds = new LinkedHashMap<>();
    private long schemaVersion;

    private Events(TestEventStore store) {
        this.store = store;
    }

    /** Appends EntityDefined for a new entity called {@code name}. */
    public static Events defineEntity(TestEventStore store, String name) {
        Events entity = new Events(store);
        entity.schemaVersion = 1;
        store.append("EntityDefinition", entity.entityId, new EntityDefined(entity.entityId, name, null, null, 1));
        return entity;
    }

    /** An entity with one field of each of the twelve types, named as in {@link Values#ALL_TYPES}. */
    public static Events withEveryType(TestEventStore store, String name) {
        Events entity = defineEntity(store, name);
        Values.ALL_TYPES.forEach(entity::addField);
        return entity;
    }

    public long addField(String name, FieldType type) {
        return addField(FieldSpec.of(name, type));
    }

    public long addField(FieldSpec spec) {
        UUID fieldId = UUID.randomUUID();
        fieldIds.put(spec.name(), fieldId);
        schemaVersion++;
        return store.append("EntityDefinition", entityId, new FieldAdded(entityId, fieldId, spec, schemaVersion));
    }

    /** Appends RecordCreated with values by field name, and returns the new record's position. */
    public long createRecord(UUID recordId, Map<String, JsonNode> valuesByName) {
        return createRecord(recordId, valuesByName, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    public long createRecord(UUID recordId, Map<String, JsonNode> valuesByName, Instant at) {
        Map<UUID, JsonNode> values = new LinkedHashMap<>();
        valuesByName.forEach((name, value) -> values.put(fieldIds.get(name), value));
        return store.append("Record", recordId, new RecordCreated(recordId, entityId, schemaVersion, values), at);
    }

    /** Appends {@code count} RecordCreated with {@code valuesByName} in one batch; returns the last position. */
    public long createRecords(int count, Map<String, JsonNode> valuesByName) {
        Map<UUID, JsonNode> values = new LinkedHashMap<>();
        valuesByName.forEach((name, value) -> values.put(fieldIds.get(name), value));
        Map<UUID, Object> records = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            UUID recordId = UUID.randomUUID();
            records.put(recordId, new RecordCreated(recordId, entityId, schemaVersion, values));
        }
        return store.appendAll("Record", records);
    }

    /** Appends RecordUpdated moving the record to {@code version} with changes by field name. */
    public long updateRecord(UUID recordId, long version, Map<String, JsonNode> changesByName) {
        return updateRecord(recordId, version, changesByName, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    public long updateRecord(UUID recordId, long version, Map<String, JsonNode> changesByName, Instant at) {
        return store.append("Record", recordId, recordUpdated(recordId, version, changesByName), at);
    }

    public long deleteRecord(UUID recordId, long version) {
        return store.append("Record", recordId, new RecordDeleted(recordId, entityId, version));
    }

    public long restoreRecord(UUID recordId, long version) {
        return store.append("Record", recordId, new RecordRestored(recordId, entityId, version));
    }

    /** RecordUpdated as command-service would build it, for tests that hand it to a projection. */
    public RecordUpdated recordUpdated(UUID recordId, long version, Map<String, JsonNode> changesByName) {
        Map<UUID, JsonNode> changes = new LinkedHashMap<>();
        changesByName.forEach((name, value) -> changes.put(fieldIds.get(name), value));
        return new RecordUpdated(recordId, entityId, schemaVersion, version, changes);
    }

    /** RecordCreated as command-service would build it, for tests that append it themselves. */
    public RecordCreated recordCreated(UUID recordId, Map<String, JsonNode> valuesByName) {
        Map<UUID, JsonNode> values = new LinkedHashMap<>();
        valuesByName.forEach((name, value) -> values.put(fieldIds.get(name), value));
        return new RecordCreated(recordId, entityId, schemaVersion, values);
    }

    public UUID id() {
        return entityId;
    }

    public UUID fieldId(String name) {
        return fieldIds.get(name);
    }

    public String table() {
        return "entity_" + entityId.toString().replace("-", "");
    }

    public String column(String field) {
        return "f_" + fieldIds.get(field).toString().replace("-", "");
    }

    /** Appends the schema event {@code change} builds for the next schema version; returns its position. */
    public long changeSchema(LongFunction<Object> change) {
        schemaVersion++;
        return store.append("EntityDefinition", entityId, change.apply(schemaVersion));
    }

    public long schemaVersion() {
        return schemaVersion;
    }
}
