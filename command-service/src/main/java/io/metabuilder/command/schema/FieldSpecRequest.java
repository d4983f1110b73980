package io.metabuilder.command.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * A field spec as a client sends it: the type and the reference are still text (an unknown type
 * is a 422, not a 400), and the reference may be an entity's id or name.
 */
record FieldSpecRequest(
        String name,
        String type,
        String displayName,
        Boolean required,
        Boolean unique,
        JsonNode defaultValue,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        String pattern,
        List<String> options,
        String reference,
        Integer precision,
        Integer scale) {}
