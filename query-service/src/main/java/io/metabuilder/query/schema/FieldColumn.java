package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.schema.FieldType;
import java.util.UUID;

/** A live field: its name and type, the generated column holding its values, and its spec as JSON. */
public record FieldColumn(UUID id, String name, FieldType type, String column, ObjectNode spec) {}
