package io.metabuilder.query.projection;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The generated identifiers of the read model. A user-supplied name never becomes SQL text: tables
 * and columns are derived from ids only, schemas are the projections' own constants, and all of
 * them are still quoted wherever they reach SQL.
 */
public final class ReadModelNames {

    /** Token entries and Flyway's history; every projection keeps its rows in a schema of its own. */
    public static final String SCHEMA = "read_model";

    /** The live schema of the entity-tables projection: the catalog and one table per entity. */
    public static final String ENTITY_TABLES_SCHEMA = "rm_entity_tables";

    private static final Pattern GENERATED = Pattern.compile("(entity|f)_[0-9a-f]{32}");
    private static final Pattern PROJECTION_SCHEMA = Pattern.compile("rm_[a-z]+(_[a-z]+)*");

    private ReadModelNames() {}

    /** {@code entity_<uuid hex>}, the name reported as an entity's tableName. */
    public static String tableName(UUID entityId) {
        return "entity_" + hex(entityId);
    }

    /** {@code f_<uuid hex>}, the column that holds a field's values. */
    public static String columnName(UUID fieldId) {
        return "f_" + hex(fieldId);
    }

    /** The quoted table of an entity in the live entity-tables schema, where queries read. */
    public static String qualifiedTable(String tableName) {
        return qualifiedTable(ENTITY_TABLES_SCHEMA, tableName);
    }

    /** The quoted table {@code tableName} in {@code schema}. */
    public static String qualifiedTable(String schema, String tableName) {
        return quote(schema) + "." + quote(tableName);
    }

    /** Quotes a generated identifier or a projection's schema, refusing anything that is neither. */
    public static String quote(String identifier) {
        if (!SCHEMA.equals(identifier)
                && !GENERATED.matcher(identifier).matches()
                && !PROJECTION_SCHEMA.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not a generated identifier");
        }
        return '"' + identifier + '"';
    }

    static boolean isEntityTable(String name) {
        return name.startsWith("entity_") && GENERATED.matcher(name).matches();
    }

    private static String hex(UUID id) {
        return id.toString().replace("-", "").toLowerCase(Locale.ROOT);
    }
}
