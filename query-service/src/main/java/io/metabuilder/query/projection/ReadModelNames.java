package io.metabuilder.query.projection;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The generated identifiers of the read model. A user-supplied name never becomes SQL text: tables
 * and columns are derived from ids only, and are still quoted wherever they reach SQL.
 */
public final class ReadModelNames {

    public static final String SCHEMA = "read_model";
    private static final Pattern GENERATED = Pattern.compile("(entity|f)_[0-9a-f]{32}");

    private ReadModelNames() {}

    /** {@code entity_<uuid hex>}, the name reported as an entity's tableName. */
    public static String tableName(UUID entityId) {
        return "entity_" + hex(entityId);
    }

    /** {@code f_<uuid hex>}, the column that holds a field's values. */
    public static String columnName(UUID fieldId) {
        return "f_" + hex(fieldId);
    }

    /** The schema-qualified, quoted table of an entity. */
    public static String qualifiedTable(String tableName) {
        return quote(SCHEMA) + "." + quote(tableName);
    }

    /** Quotes a generated identifier, refusing anything that is not one. */
    public static String quote(String identifier) {
        if (!SCHEMA.equals(identifier) && !GENERATED.matcher(identifier).matches()) {
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
