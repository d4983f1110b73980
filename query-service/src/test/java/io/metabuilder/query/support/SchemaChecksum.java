package io.metabuilder.query.support;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A checksum per table of a schema, over its columns (names, types, order), its indexes and every
 * row as PostgreSQL prints it: two schemas with equal checksums hold identical tables.
 */
public final class SchemaChecksum {

    private SchemaChecksum() {}

    public static Map<String, String> of(JdbcTemplate jdbc, String schema) {
        Map<String, String> checksums = new TreeMap<>();
        jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = ?", String.class, schema)
                .forEach(table -> checksums.put(table, table(jdbc, schema, table)));
        return checksums;
    }

    private static String table(JdbcTemplate jdbc, String schema, String table) {
        String columns = jdbc.queryForObject(
                "SELECT string_agg(column_name || ' ' || data_type || ' ' || is_nullable, ',' ORDER BY ordinal_position)"
                        + " FROM information_schema.columns WHERE table_schema = ? AND table_name = ?",
                String.class,
                schema,
                table);
        String indexes = jdbc.queryForObject(
                "SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM pg_indexes"
                        + " WHERE schemaname = ? AND tablename = ?",
                String.class,
                schema,
                table);
        String rows = jdbc.queryForObject(
                "SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))" + " FROM \""
                        + schema + "\".\"" + table + "\" t",
                String.class);
        return columns + "|" + indexes + "|" + rows;
    }
}
