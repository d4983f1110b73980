package io.metabuilder.command.schema;

import io.metabuilder.command.common.FieldProblem;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules entity and field names follow. Names are taken as given: upper case or whitespace is
 * an error, never silently corrected, so what a client sends is what it reads back.
 */
public final class Names {

    private static final Pattern SHAPE = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    /** Names the records' system fields and the response envelope use. */
    static final Set<String> SYSTEM =
            Set.of("id", "version", "position", "created_at", "updated_at", "created_by", "updated_by", "deleted");

    /** PostgreSQL's reserved key words (catcode R and T of pg_get_keywords(), PostgreSQL 15). */
    static final Set<String> POSTGRES_RESERVED = Set.of(
            "all",
            "analyse",
            "analyze",
            "and",
            "any",
            "array",
            "as",
            "asc",
            "asymmetric",
            "authorization",
            "binary",
            "both",
            "case",
            "cast",
            "check",
            "collate",
            "collation",
            "column",
            "concurrently",
            "constraint",
            "create",
            "cross",
            "current_catalog",
            "current_date",
            "current_role",
            "current_schema",
            "current_time",
            "current_timestamp",
            "current_user",
            "default",
            "deferrable",
            "desc",
            "distinct",
            "do",
            "else",
            "end",
            "except",
            "false",
            "fetch",
            "for",
            "foreign",
            "freeze",
            "from",
            "full",
            "grant",
            "group",
            "having",
            "ilike",
            "in",
            "initially",
            "inner",
            "intersect",
            "into",
            "is",
            "isnull",
            "join",
            "lateral",
            "leading",
            "left",
            "like",
            "limit",
            "localtime",
            "localtimestamp",
            "natural",
            "not",
            "notnull",
            "null",
            "offset",
            "on",
            "only",
            "or",
            "order",
            "outer",
            "overlaps",
            "placing",
            "primary",
            "references",
            "returning",
            "right",
            "select",
            "session_user",
            "similar",
            "some",
            "symmetric",
            "table",
            "tablesample",
            "then",
            "to",
            "trailing",
            "true",
            "union",
            "unique",
            "user",
            "using",
            "variadic",
            "verbose",
            "when",
            "where",
            "window",
            "with");

    private Names() {}

    /** The problem with {@code name} as the value of request field {@code field}, if any. */
    public static Optional<FieldProblem> problem(String field, String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of(new FieldProblem(field, "required", "A name is required."));
        }
        if (!SHAPE.matcher(name).matches()) {
            return Optional.of(new FieldProblem(
                    field,
                    "invalid_name",
                    "Use 1 to 63 characters: a lower-case letter, then lower-case letters, digits or _."));
        }
        if (SYSTEM.contains(name) || POSTGRES_RESERVED.contains(name)) {
            return Optional.of(new FieldProblem(field, "reserved_name", "'" + name + "' is reserved."));
        }
        return Optional.empty();
    }
}
