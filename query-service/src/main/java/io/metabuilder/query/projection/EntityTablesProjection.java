package io.metabuilder.query.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.events.records.RecordRestored;
import io.metabuilder.events.records.RecordUpdated;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The entity read model as a fold over the event stream: the catalog (entities, entity_fields) and
 * one table per entity, in event order, all in one schema. Every handler is idempotent, because a
 * tracking processor replays; the token is committed in the same transaction as the rows.
 */
@ProcessingGroup(EntityTablesProjection.NAME)
class EntityTablesProjection {

    static final String NAME = "entity-tables";

    /** The projection as the registry knows it: live in rm_entity_tables, buildable into any schema. */
    static ProjectionDefinition definition(JdbcTemplate jdbc, ObjectMapper mapper) {
        return new ProjectionDefinition(
                NAME,
                ReadModelNames.ENTITY_TABLES_SCHEMA,
                schema -> EntityCatalog.createTables(jdbc, schema),
                schema -> new EntityTablesProjection(
                        new EntityCatalog(jdbc, mapper, schema),
                        new EntityTableDdl(jdbc, schema),
                        new RecordRows(jdbc, schema)));
    }

    private final EntityCatalog catalog;
    private final EntityTableDdl ddl;
    private final RecordRows rows;

    EntityTablesProjection(EntityCatalog catalog, EntityTableDdl ddl, RecordRows rows) {
        this.catalog = catalog;
        this.ddl = ddl;
        this.rows = rows;
    }

    @EventHandler
    void on(EntityDefined event, @Timestamp Instant timestamp) {
        String table = ReadModelNames.tableName(event.entityId());
        catalog.insertEntity(event, table, micros(timestamp));
        ddl.createTable(table);
    }

    @EventHandler
    void on(FieldAdded event, @Timestamp Instant timestamp) {
        String column = ReadModelNames.columnName(event.fieldId());
        catalog.insertField(event, column, micros(timestamp));
        catalog.tableOf(event.entityId())
                .ifPresent(table ->
                        ddl.addColumn(table, column, ColumnType.of(event.spec().type())));
    }

    @EventHandler
    void on(
            RecordCreated event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        catalog.tableOf(event.entityId())
                .ifPresent(table ->
                        rows.insert(table, event, catalog.fieldTypes(event.entityId()), micros(timestamp), userEmail));
    }

    @EventHandler
    void on(
            RecordUpdated event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        catalog.tableOf(event.entityId())
                .ifPresent(table ->
                        rows.update(table, event, catalog.fieldTypes(event.entityId()), micros(timestamp), userEmail));
    }

    @EventHandler
    void on(
            RecordDeleted event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        catalog.tableOf(event.entityId())
                .ifPresent(table ->
                        rows.markDeleted(table, event.recordId(), true, event.version(), micros(timestamp), userEmail));
    }

    @EventHandler
    void on(
            RecordRestored event,
            @Timestamp Instant timestamp,
            @MetaDataValue(EventMetadata.USER_EMAIL) String userEmail) {
        catalog.tableOf(event.entityId())
                .ifPresent(table -> rows.markDeleted(
                        table, event.recordId(), false, event.version(), micros(timestamp), userEmail));
    }

    @ResetHandler
    void reset() {
        ddl.dropEntityTables();
        catalog.clear();
    }

    /** PostgreSQL keeps microseconds; truncating here makes every replay write identical values. */
    private static Instant micros(Instant timestamp) {
        return timestamp.truncatedTo(ChronoUnit.MICROS);
    }
}
