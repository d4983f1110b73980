package io.metabuilder.command.records;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.records.CreateRecord;
import io.metabuilder.events.records.DeleteRecord;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.events.records.RecordRestored;
import io.metabuilder.events.records.RecordUpdated;
import io.metabuilder.events.records.RestoreRecord;
import io.metabuilder.events.records.UpdateRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One record of an entity: its values by field id, its version and whether it is deleted. Values
 * are valid against the entity's schema when written; unique values and references are checked
 * against the record lookup tables, which {@link RecordView} keeps.
 */
@Aggregate
public class Record {

    @AggregateIdentifier
    private UUID recordId;

    private UUID entityId;
    private long version;
    private boolean deleted;
    private Instant createdAt;
    private String createdBy;
    private String updatedBy;
    private final Map<UUID, JsonNode> values = new HashMap<>();

    // Required by Axon to rebuild the aggregate from its events.
    Record() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    RecordWritten handle(CreateRecord command, SchemaCatalog catalog, RecordRegistry registry) {
        EntitySchema schema = writableSchema(catalog, command.entityId());
        RecordValidation validation = valid(RecordValidator.validate(schema, command.values(), registry::isLive));
        UniqueClaims.rejectTaken(schema, validation.values(), command.recordId(), registry);
        apply(new RecordCreated(command.recordId(), schema.id(), schema.schemaVersion(), validation.values()));
        return written(schema);
    }

    /**
     * A record of an import: its values passed the checks {@link #handle(CreateRecord, SchemaCatalog,
     * RecordRegistry)} makes, asked set-wise for a whole batch, so it is created as that handler would.
     */
    public static Record imported(EntitySchema schema, UUID recordId, Map<UUID, JsonNode> values) {
        Record record = new Record();
        apply(new RecordCreated(recordId, schema.id(), schema.schemaVersion(), values));
        return record;
    }

    @CommandHandler
    RecordWritten handle(UpdateRecord command, SchemaCatalog catalog, RecordRegistry registry) {
        requireWritable(command.entityId(), command.expectedVersion());
        EntitySchema schema = writableSchema(catalog, entityId);
        RecordValidation validation = valid(RecordValidator.validateChanges(
                schema, command.values(), (entity, target) -> holds(target) || registry.isLive(entity, target)));
        Map<UUID, JsonNode> changes = changedValues(validation.values());
        if (!changes.isEmpty()) {
            UniqueClaims.rejectTaken(schema, changes, recordId, registry);
            apply(new RecordUpdated(recordId, entityId, schema.schemaVersion(), version + 1, changes));
        }
        return written(schema);
    }

    @CommandHandler
    RecordWritten handle(DeleteRecord command, SchemaCatalog catalog) {
        requireWritable(command.entityId(), command.expectedVersion());
        EntitySchema schema = writableSchema(catalog, entityId);
        apply(new RecordDeleted(recordId, entityId, version + 1));
        return written(schema);
    }

    @CommandHandler
    RecordWritten handle(RestoreRecord command, SchemaCatalog catalog, RecordRegistry registry) {
        requireEntity(command.entityId());
        requireVersion(command.expectedVersion());
        if (!deleted) {
            throw CommandRejectedException.conflict("The record is not deleted.", List.of());
        }
        EntitySchema schema = writableSchema(catalog, entityId);
        UniqueClaims.rejectTaken(schema, values, recordId, registry);
        apply(new RecordRestored(recordId, entityId, version + 1));
        return written(schema);
    }

    @EventSourcingHandler
    void on(RecordCreated event, @Timestamp Instant at, @MetaDataValue(EventMetadata.USER_EMAIL) String by) {
        recordId = event.recordId();
        entityId = event.entityId();
        version = event.version();
        createdAt = at.truncatedTo(ChronoUnit.MICROS);
        createdBy = by;
        updatedBy = by;
        values.putAll(event.values());
    }

    @EventSourcingHandler
    void on(RecordUpdated event, @MetaDataValue(EventMetadata.USER_EMAIL) String by) {
        version = event.version();
        updatedBy = by;
        values.putAll(event.changes());
    }

    @EventSourcingHandler
    void on(RecordDeleted event, @MetaDataValue(EventMetadata.USER_EMAIL) String by) {
        version = event.version();
        updatedBy = by;
        deleted = true;
    }

    @EventSourcingHandler
    void on(RecordRestored event, @MetaDataValue(EventMetadata.USER_EMAIL) String by) {
        version = event.version();
        updatedBy = by;
        deleted = false;
    }

    /**
     * The one place that decides which schema a record may be written against: its entity's
     * current schema, none (404) when the entity is unknown, and none (409) while it is archived.
     */
    public static EntitySchema writableSchema(SchemaCatalog catalog, UUID entityId) {
        EntitySchema schema = catalog.schema(entityId)
                .orElseThrow(() -> CommandRejectedException.notFound("No entity has this id or name."));
        schema.requireWritable();
        return schema;
    }

    private void requireWritable(UUID entity, Long expectedVersion) {
        requireEntity(entity);
        requireVersion(expectedVersion);
        if (deleted) {
            throw CommandRejectedException.conflict("The record is deleted; restore it first.", List.of());
        }
    }

    private void requireEntity(UUID entity) {
        if (!entityId.equals(entity)) {
            throw CommandRejectedException.notFound("The entity has no record with this id.");
        }
    }

    private void requireVersion(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != version) {
            throw CommandRejectedException.stale(
                    "The record is at version " + version + ", not " + expectedVersion + ".");
        }
    }

    private static RecordValidation valid(RecordValidation validation) {
        if (!validation.isValid()) {
            throw CommandRejectedException.invalid(validation.problems());
        }
        return validation;
    }

    /** A reference the record already holds stays valid even if its target was deleted since. */
    private boolean holds(UUID target) {
        return values.containsValue(TextNode.valueOf(target.toString()));
    }

    private Map<UUID, JsonNode> changedValues(Map<UUID, JsonNode> sent) {
        Map<UUID, JsonNode> changes = new HashMap<>();
        sent.forEach((field, value) -> {
            if (!JsonValues.same(values.getOrDefault(field, NullNode.getInstance()), value)) {
                changes.put(field, value);
            }
        });
        return changes;
    }

    private RecordWritten written(EntitySchema schema) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (EntitySchema.Field field : schema.fields()) {
            byName.put(field.spec().name(), values.getOrDefault(field.id(), NullNode.getInstance()));
        }
        return new RecordWritten(
                recordId, entityId, version, AggregateLifecycle.getVersion(), byName, createdAt, createdBy, updatedBy);
    }
}
