package io.metabuilder.query.projection;

import static io.metabuilder.query.projection.ReadModelNames.qualifiedTable;
import static io.metabuilder.query.projection.ReadModelNames.quote;

import io.metabuilder.events.schema.FieldSpec;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes of a field's column, decided by its type and rules (docs/records.md, "Indexes"): a
 * B-tree for filters and sort wherever every value fits a B-tree entry, and, when enabled and pg_trgm
 * is installed, a trigram GIN index for contains, startsWith and q on the free-text types.
 */
class FieldIndexes {

    /** Characters of the longest value a B-tree entry safely takes: 4 bytes each stays under 2704. */
    static final int B_TREE_MAX_CHARACTERS = 600;

    private final JdbcTemplate jdbc;
    private final String schema;
    private final Optional<String> trigramSchema;

    FieldIndexes(JdbcTemplate jdbc, String schema, Optional<String> trigramSchema) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.trigramSchema = trigramSchema;
    }

    /** Makes the column's indexes what its spec calls for now: run at field creation, restore and rule change. */
    void reconcile(String table, String column, FieldSpec spec) {
        String btree = indexName(column, "btree");
        if (takesBTree(spec)) {
            // With id, the list's tie-break: a page inside a run of equal values (or of nulls) is a range too.
            jdbc.execute("CREATE INDEX IF NOT EXISTS " + btree + " ON " + qualifiedTable(schema, table) + " ("
                    + quote(column) + ", id)");
        } else {
            jdbc.execute("DROP INDEX IF EXISTS " + quote(schema) + "." + btree);
        }
        if (takesTrigrams(spec)) {
            jdbc.execute(
                    "CREATE INDEX IF NOT EXISTS " + indexName(column, "trgm") + " ON " + qualifiedTable(schema, table)
                            + " USING gin (" + quote(column) + " \"" + trigramSchema.get() + "\".gin_trgm_ops)");
        }
    }

    /** {@code "f_<hex>_<kind>"}: field ids are unique, so the name is unique in the schema. */
    private static String indexName(String column, String kind) {
        quote(column);
        return '"' + column + "_" + kind + '"';
    }

    /** Fixed-size values always; text only when its rules bound its length (a longer entry is an error). */
    static boolean takesBTree(FieldSpec spec) {
        return switch (spec.type()) {
            case INTEGER, DECIMAL, DATE, DATETIME, REFERENCE -> true;
            case TEXT, EMAIL, URL -> spec.maxLength() != null && spec.maxLength() <= B_TREE_MAX_CHARACTERS;
            case ENUM -> spec.options() != null
                    && spec.options().stream().allMatch(option -> option.length() <= B_TREE_MAX_CHARACTERS);
            case BOOLEAN, LONG_TEXT, JSON -> false;
        };
    }

    private boolean takesTrigrams(FieldSpec spec) {
        return trigramSchema.isPresent()
                && switch (spec.type()) {
                    case TEXT, LONG_TEXT, EMAIL, URL -> true;
                    default -> false;
                };
    }
}
