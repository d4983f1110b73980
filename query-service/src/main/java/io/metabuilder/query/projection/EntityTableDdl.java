package io.metabuilder.query.projection;

import static io.metabuilder.query.projection.ReadModelNames.qualifiedTable;
import static io.metabuilder.query.projection.ReadModelNames.quote;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates, widens and drops the per-entity tables of one entity-tables schema. Only generated identifiers reach this SQL, and
 * every statement can run twice (replays), so all of them are IF [NOT] EXISTS.
 */
class EntityTableDdl {

    private final JdbcTemplate jdbc;
    private final String schema;

    EntityTableDdl(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    void createTable(String table) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + qualifiedTable(schema, table) + " ("
                + "id uuid PRIMARY KEY, version bigint NOT NULL, created_at timestamptz NOT NULL,"
                + " updated_at timestamptz NOT NULL, created_by text, updated_by text,"
                + " deleted boolean NOT NULL DEFAULT false)");
        // The default list order is (created_at, id): keyset pages read this index.
        jdbc.execute("CREATE INDEX IF NOT EXISTS \"" + table + "_created_at_id\" ON " + qualifiedTable(schema, table)
                + " (created_at, id)");
    }

    void addColumn(String table, String column, ColumnType type) {
        jdbc.execute("ALTER TABLE " + qualifiedTable(schema, table) + " ADD COLUMN IF NOT EXISTS " + quote(column) + " "
                + type.sql());
    }

    void dropEntityTables() {
        jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = ?", String.class, schema).stream()
                .filter(ReadModelNames::isEntityTable)
                .forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + qualifiedTable(schema, table)));
    }
}
