package io.metabuilder.query.projection;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One read model: its processing group (which names its token), the PostgreSQL schema it owns, how
 * to create its tables in a schema (idempotent: it runs at every start, and for a replay's shadow
 * schema), and how to build its event handler writing into a schema.
 *
 * @param name the processing group, kebab-case, as the admin API and metrics name it
 * @param schema the live schema, the one queries read
 * @param createTables creates the projection's tables in the given (existing) schema
 * @param handlerFor builds the annotated event handler that writes into the given schema
 */
public record ProjectionDefinition(
        String name, String schema, Consumer<String> createTables, Function<String, Object> handlerFor) {

    private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

    public ProjectionDefinition {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a projection name is kebab-case: " + name);
        }
        ReadModelNames.quote(schema);
    }

    /** The processor (and token) that rebuilds this projection beside the live one. */
    String replayName() {
        return name + ".replay";
    }

    /** Where a replay builds, until it is swapped in. */
    String shadowSchema() {
        return schema + "_next";
    }
}
