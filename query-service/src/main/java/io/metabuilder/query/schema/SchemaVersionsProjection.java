package io.metabuilder.query.schema;

import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.common.EventTypeNames;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
