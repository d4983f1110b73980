package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.common.EventTypeNames;
import io.metabuilder.events.schema.EntityArchived;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.EntityDetailsChanged;
import io.metabuilder.events.schema.EntityRestored;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldRemoved;
import io.metabuilder.events.schema.FieldRenamed;
import io.metabuilder.events.schema.FieldRestored;
import io.metabuilder.events.schema.FieldRulesChanged;
import io.metabuilder.events.schema.SchemaRolledBack;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The schema of every entity at every version, as a fold: one row per schema event, holding the
 * whole entity as it was after it (the previous version's entity plus this event). Idempotent: a
 * version is written once.
 */
@ProcessingGroup(SchemaVersionsProjection.NAME)
class SchemaVersionsProjection {

    static final String NAME = "schema-versions";
    static final String SCHEMA = "rm_schema_versions";

    private final SchemaVersionRows rows;
    private final EntityDocuments documents;

    SchemaVersionsProjection(SchemaVersionRows rows, EntityDocuments documents) {
        this.rows = rows;
        this.documents = documents;
    }

    @EventHandler
    void on(
            EntityDefined event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        Instant at = micros(timestamp);
        rows.insert(new SchemaVersionRow(
                event.entityId(),
                event.schemaVersion(),
                type(EntityDefined.class),
                "Defined entity " + event.name(),
                userId,
                userEmail,
                at,
                documents.defined(event, at)));
    }

    @EventHandler
    void on(
            FieldAdded event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        Instant at = micros(timestamp);
        // Events arrive in order, so the previous version is there; if not, stop here rather than skip.
        var previous = rows.entityAt(event.entityId(), event.schemaVersion() - 1)
                .orElseThrow(() -> new IllegalStateException("no version " + (event.schemaVersion() - 1) + " of entity "
                        + event.entityId() + " to add a field to"));
        rows.insert(new SchemaVersionRow(
                event.entityId(),
                event.schemaVersion(),
                type(FieldAdded.class),
                "Added field " + event.spec().name() + " (" + event.spec().type() + ")",
                userId,
                userEmail,
                at,
                documents.withField(previous, event, at)));
    }

    @EventHandler
    void on(
            EntityDetailsChanged event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        Instant at = micros(timestamp);
        ObjectNode previous = previous(event.entityId(), event.schemaVersion());
        String before = previous.path("name").asText();
        String change = before.equals(event.name())
                ? "Changed the details of entity " + event.name()
                : "Renamed entity " + before + " to " + event.name();
        rows.insert(new SchemaVersionRow(
                event.entityId(),
                event.schemaVersion(),
                type(EntityDetailsChanged.class),
                change,
                userId,
                userEmail,
                at,
                documents.withDetails(
                        previous, event.name(), event.displayName(), event.description(), event.schemaVersion(), at)));
    }

    @EventHandler
    void on(
            EntityArchived event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        Instant at = micros(timestamp);
        ObjectNode previous = previous(event.entityId(), event.schemaVersion());
        rows.insert(new SchemaVersionRow(
                event.entityId(),
                event.schemaVersion(),
                type(EntityArchived.class),
                "Archived entity " + previous.path("name").asText(),
                userId,
                userEmail,
                at,
                documents.withArchived(previous, true, event.schemaVersion(), at)));
    }

    @EventHandler
    void on(
            EntityRestored event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        Instant at = micros(timestamp);
        ObjectNode previous = previous(event.entityId(), event.schemaVersion());
        rows.insert(new SchemaVersionRow(
                event.entityId(),
                event.schemaVersion(),
                type(EntityRestored.class),
                "Restored entity " + previous.path("name").asText(),
                userId,
                userEmail,
                at,
                documents.withArchived(previous, false, event.schemaVersion(), at)));
    }

    @EventHandler
    void on(
            FieldRenamed event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        Instant at = micros(timestamp);
        ObjectNode previous = previous(event.entityId(), event.schemaVersion());
        rows.insert(new SchemaVersionRow(
                event.entityId(),
                event.schemaVersion(),
                type(FieldRenamed.class),
                "Renamed field " + EntityDocuments.fieldName(previous, event.fieldId()) + " to " + event.name(),
                userId,
                userEmail,
                at,
                documents.withFieldName(previous, event.fieldId(), event.name(), event.schemaVersion(), at)));
    }

    @EventHandler
    void on(
            FieldRulesChanged event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        Instant at = micros(timestamp);
        ObjectNode previous = previous(event.entityId(), event.schemaVersion());
        String before = EntityDocuments.fieldName(previous, event.fieldId());
        String change = before.equals(event.spec().name())
                ? "Changed the rules of field " + before
                : "Changed field " + before + " (now " + event.spec().name() + ")";
        rows.insert(new SchemaVersionRow(
                event.entityId(),
                event.schemaVersion(),
                type(FieldRulesChanged.class),
                change,
                userId,
                userEmail,
                at,
                documents.withFieldSpec(previous, event.fieldId(), event.spec(), event.schemaVersion(), at)));
    }

    @EventHandler
    void on(
            FieldRemoved event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        fieldRemoved(
                event.entityId(),
                event.fieldId(),
                true,
                event.schemaVersion(),
                FieldRemoved.class,
                timestamp,
                userId,
                userEmail);
    }

    @EventHandler
    void on(
            FieldRestored event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        fieldRemoved(
                event.entityId(),
                event.fieldId(),
                false,
                event.schemaVersion(),
                FieldRestored.class,
                timestamp,
                userId,
                userEmail);
    }

    @EventHandler
    void on(
            SchemaRolledBack event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_ID) String userId,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        Instant at = micros(timestamp);
        ObjectNode previous = previous(event.entityId(), event.schemaVersion());
        int steps = event.operations().size();
        rows.insert(new SchemaVersionRow(
                event.entityId(),
                event.schemaVersion(),
                type(SchemaRolledBack.class),
                "Rolled back to version " + event.toVersion() + " (" + steps
                        + (steps == 1 ? " operation)" : " operations)"),
                userId,
                userEmail,
                at,
                documents.rolledBack(previous, event, at)));
    }

    private void fieldRemoved(
            UUID entityId,
            UUID fieldId,
            boolean removed,
            long version,
            Class<?> eventType,
            Instant timestamp,
            String userId,
            String userEmail) {
        Instant at = micros(timestamp);
        ObjectNode previous = previous(entityId, version);
        rows.insert(new SchemaVersionRow(
                entityId,
                version,
                type(eventType),
                (removed ? "Removed field " : "Restored field ") + EntityDocuments.fieldName(previous, fieldId),
                userId,
                userEmail,
                at,
                documents.withFieldRemoved(previous, fieldId, removed, version, at)));
    }

    /** Events arrive in order, so the previous version is there; if not, stop here rather than skip. */
    private ObjectNode previous(UUID entityId, long version) {
        return rows.entityAt(entityId, version - 1)
                .orElseThrow(() -> new IllegalStateException(
                        "no version " + (version - 1) + " of entity " + entityId + " to change"));
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }

    private static String type(Class<?> event) {
        return EventTypeNames.nameOf(event).orElseThrow();
    }

    /** PostgreSQL keeps microseconds; truncating here makes every replay write identical values. */
    private static Instant micros(Instant timestamp) {
        return timestamp.truncatedTo(ChronoUnit.MICROS);
    }
}
