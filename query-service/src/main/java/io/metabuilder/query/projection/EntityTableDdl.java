package io.metabuilder.query.projection;

import static io.metabuilder.query.projection.ReadModelNames.qualifiedTable;
import static io.metabuilder.query.projection.ReadModelNames.quote;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates, widens and drops the per-entity tables. Only generated identifiers reach this SQL, and
 * every statement can run twice (replays), so all of them are IF [NOT] EXISTS.
 */
@Component
class EntityTableDdl {

    private final JdbcTemplate jdbc;

    EntityTableDdl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void createTable(String table) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + qualifiedTable(table) + " ("
                + "id uuid PRIMARY KEY, version bigint NOT NULL, created_at timestamptz NOT NULL,"
                + " updated_at timestamptz NOT NULL, created_by text, updated_by text,"
                + " deleted boolean NOT NULL DEFAULT false)");
        // The default list order is (created_at, id): keyset pages read this index.
        jdbc.execute("CREATE INDEX IF NOT EXISTS \"" + table + "_created_at_id\" ON " + qualifiedTable(table)
                + " (created_at, id)");
    }

    void addColumn(String table, String column, ColumnType type) {
        jdbc.execute("ALTER TABLE " + qualifiedTable(table) + " ADD COLUMN IF NOT EXISTS " + quote(column) + " "
                + type.sql());
    }

    void dropEntityTables() {
        jdbc
                .queryForList(
                        "SELECT tablename FROM pg_tables WHERE schemaname = ?", String.class, ReadModelNames.SCHEMA)
                .stream()
                .filter(ReadModelNames::isEntityTable)
                .forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + qualifiedTable(table)));
    }
}
