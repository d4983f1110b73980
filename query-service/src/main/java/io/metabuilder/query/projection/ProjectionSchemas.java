package io.metabuilder.query.projection;

import static io.metabuilder.query.projection.ReadModelNames.quote;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schemas the projections own: created with their tables at start (before any processor runs),
 * built beside the live one for a replay, and swapped in when the replay caught up.
 */
@Component
class ProjectionSchemas implements InitializingBean {

    /** Serialises schema DDL between replicas starting at once (CREATE ... IF NOT EXISTS can race). */
    private static final long DDL_LOCK = 0x6d625f726d5f6464L;

    private final ProjectionRegistry registry;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ProjectionSchemas(ProjectionRegistry registry, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        registry.all().forEach(definition -> create(definition, definition.schema()));
    }

    void create(ProjectionDefinition definition, String schema) {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", DDL_LOCK);
            jdbc.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
            definition.createTables().accept(schema);
        });
    }

    void drop(String schema) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
    }

    /**
     * Puts the shadow schema in place of the live one, in the caller's transaction. Queries name the
     * live schema, so they read the old tables until this commits and the new ones after.
     */
    void swap(ProjectionDefinition definition) {
        String live = definition.schema();
        String old = live + "_old";
        jdbc.execute("ALTER SCHEMA " + quote(live) + " RENAME TO " + quote(old));
        jdbc.execute("ALTER SCHEMA " + quote(definition.shadowSchema()) + " RENAME TO " + quote(live));
        jdbc.execute("DROP SCHEMA " + quote(old) + " CASCADE");
    }
}
