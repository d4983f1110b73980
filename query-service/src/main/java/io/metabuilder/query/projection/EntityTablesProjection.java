package io.metabuilder.query.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.events.records.RecordRestored;
import io.metabuilder.events.records.RecordUpdated;
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
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The entity read model as a fold over the event stream: the catalog (entities, entity_fields) and
 * one table per entity, in event order, all in one schema. Every handler is idempotent, because a
 * tracking processor replays; the token is committed in the same transaction as the rows. Record
 * inserts of a batch go out together ({@link RecordRows#insert}); every other handler first sends
 * what waits, so each statement still sees the table as the events before it left it.
 */
@ProcessingGroup(EntityTablesProjection.NAME)
class EntityTablesProjection {

    static final String NAME = "entity-tables";

    /** The projection as the registry knows it: live in rm_entity_tables, buildable into any schema. */
    static ProjectionDefinition definition(JdbcTemplate jdbc, ObjectMapper mapper, Optional<String> trigramSchema) {
        return new ProjectionDefinition(
                NAME,
                ReadModelNames.ENTITY_TABLES_SCHEMA,
                schema -> EntityCatalog.createTables(jdbc, schema),
                schema -> {
                    FieldIndexes indexes = new FieldIndexes(jdbc, schema, trigramSchema);
                    return new EntityTablesProjection(
                            new EntityCatalog(jdbc, mapper, schema),
                            new EntityTableDdl(jdbc, schema),
                            indexes,
                            new RecordRows(jdbc, schema),
                            new SchemaChangeFold(jdbc, mapper, schema, indexes));
                });
    }

    private final EntityCatalog catalog;
    private final EntityTableDdl ddl;
    private final FieldIndexes indexes;
    private final RecordRows rows;
    private final SchemaChangeFold changes;
    private final RecordTargets targets;

    EntityTablesProjection(
            EntityCatalog catalog,
            EntityTableDdl ddl,
            FieldIndexes indexes,
            RecordRows rows,
            SchemaChangeFold changes) {
        this.catalog = catalog;
        this.ddl = ddl;
        this.indexes = indexes;
        this.rows = rows;
        this.changes = changes;
        this.targets = new RecordTargets(catalog);
    }

    @EventHandler
    void on(EntityDefined event, @Timestamp Instant timestamp) {
        rows.flush();
        targets.forget(event.entityId());
        String table = ReadModelNames.tableName(event.entityId());
        catalog.insertEntity(event, table, micros(timestamp));
        ddl.createTable(table);
    }

    @EventHandler
    void on(FieldAdded event, @Timestamp Instant timestamp) {
        rows.flush();
        targets.forget(event.entityId());
        String column = ReadModelNames.columnName(event.fieldId());
        catalog.insertField(event, column, micros(timestamp));
        catalog.tableOf(event.entityId()).ifPresent(table -> {
            ddl.addColumn(table, column, ColumnType.of(event.spec().type()));
            indexes.reconcile(table, column, event.spec());
        });
    }

    @EventHandler
    void on(
            RecordCreated event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        targets.of(event.entityId())
                .ifPresent(target -> rows.insert(target.table(), event, target.fields(), micros(timestamp), userEmail));
    }

    @EventHandler
    void on(EntityDetailsChanged event, @Timestamp Instant timestamp) {
        rows.flush();
        if (changes.isBehind(event.entityId(), event.schemaVersion())) {
            changes.details(event.entityId(), event.name(), event.displayName(), event.description());
            changes.moveTo(event.entityId(), event.schemaVersion(), micros(timestamp));
        }
    }

    @EventHandler
    void on(EntityArchived event, @Timestamp Instant timestamp) {
        rows.flush();
        if (changes.isBehind(event.entityId(), event.schemaVersion())) {
            changes.archived(event.entityId(), true);
            changes.moveTo(event.entityId(), event.schemaVersion(), micros(timestamp));
        }
    }

    @EventHandler
    void on(EntityRestored event, @Timestamp Instant timestamp) {
        rows.flush();
        if (changes.isBehind(event.entityId(), event.schemaVersion())) {
            changes.archived(event.entityId(), false);
            changes.moveTo(event.entityId(), event.schemaVersion(), micros(timestamp));
        }
    }

    @EventHandler
    void on(FieldRenamed event, @Timestamp Instant timestamp) {
        rows.flush();
        if (changes.isBehind(event.entityId(), event.schemaVersion())) {
            changes.renameField(event.fieldId(), event.name());
            changes.moveTo(event.entityId(), event.schemaVersion(), micros(timestamp));
        }
    }

    @EventHandler
    void on(FieldRulesChanged event, @Timestamp Instant timestamp) {
        rows.flush();
        targets.forget(event.entityId());
        if (changes.isBehind(event.entityId(), event.schemaVersion())) {
            changes.changeSpec(event.fieldId(), event.spec());
            changes.moveTo(event.entityId(), event.schemaVersion(), micros(timestamp));
        }
    }

    @EventHandler
    void on(FieldRemoved event, @Timestamp Instant timestamp) {
        rows.flush();
        targets.forget(event.entityId());
        if (changes.isBehind(event.entityId(), event.schemaVersion())) {
            changes.remove(event.entityId(), event.fieldId());
            changes.moveTo(event.entityId(), event.schemaVersion(), micros(timestamp));
        }
    }

    /** Values come back from the record events up to this one: the same set live and in a replay. */
    @EventHandler
    void on(FieldRestored event, @Timestamp Instant timestamp, TrackingToken token) {
        rows.flush();
        targets.forget(event.entityId());
        if (changes.isBehind(event.entityId(), event.schemaVersion())) {
            changes.restore(event.entityId(), event.fieldId(), position(token));
            changes.moveTo(event.entityId(), event.schemaVersion(), micros(timestamp));
        }
    }

    @EventHandler
    void on(SchemaRolledBack event, @Timestamp Instant timestamp, TrackingToken token) {
        rows.flush();
        targets.forget(event.entityId());
        if (changes.isBehind(event.entityId(), event.schemaVersion())) {
            changes.rolledBack(event, position(token));
            changes.moveTo(event.entityId(), event.schemaVersion(), micros(timestamp));
        }
    }

    @EventHandler
    void on(
            RecordUpdated event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        rows.flush();
        targets.of(event.entityId())
                .ifPresent(target -> rows.update(target.table(), event, target.fields(), micros(timestamp), userEmail));
    }

    @EventHandler
    void on(
            RecordDeleted event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        rows.flush();
        targets.of(event.entityId())
                .ifPresent(target -> rows.markDeleted(
                        target.table(), event.recordId(), true, event.version(), micros(timestamp), userEmail));
    }

    @EventHandler
    void on(
            RecordRestored event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        rows.flush();
        targets.of(event.entityId())
                .ifPresent(target -> rows.markDeleted(
                        target.table(), event.recordId(), false, event.version(), micros(timestamp), userEmail));
    }

    @ResetHandler
    void reset() {
        rows.flush();
        ddl.dropEntityTables();
        catalog.clear();
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("a tracked event has a position"));
    }

    /** PostgreSQL keeps microseconds; truncating here makes every replay write identical values. */
    private static Instant micros(Instant timestamp) {
        return timestamp.truncatedTo(ChronoUnit.MICROS);
    }
}
