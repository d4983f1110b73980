package io.metabuilder.events.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Everything that defines a field: its name, type and the rules its values follow.
 *
 * <p>{@code reference} is the id of the referenced entity (names are resolved before a spec is
 * stored). {@code defaultValue} is kept in the canonical JSON form of the field's type.
 * {@code precision} and {@code scale} apply to {@link FieldType#DECIMAL} only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldSpec(
        String name,
        FieldType type,
        String displayName,
        boolean required,
        boolean unique,
        JsonNode defaultValue,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        String pattern,
        List<String> options,
        UUID reference,
        Integer precision,
        Integer scale) {

    public FieldSpec {
        options = options == null ? null : List.copyOf(options);
    }

    /** A spec with only a name and a type; every rule off. */
    public static FieldSpec of(String name, FieldType type) {
        return new FieldSpec(name, type, null, false, false, null, null, null, null, null, null, null, null, null);
    }

    public FieldSpec withName(String newName) {
        return new FieldSpec(
                newName,
                type,
                displayName,
                required,
                unique,
                defaultValue,
                min,
                max,
                maxLength,
                pattern,
                options,
                reference,
                precision,
                scale);
    }

    public FieldSpec withRequired(boolean isRequired) {
        return new FieldSpec(
                name,
                type,
                displayName,
                isRequired,
                unique,
                defaultValue,
                min,
                max,
                maxLength,
                pattern,
                options,
                reference,
                precision,
                scale);
    }

    public FieldSpec withUnique(boolean isUnique) {
        return new FieldSpec(
                name,
                type,
                displayName,
                required,
                isUnique,
                defaultValue,
                min,
                max,
                maxLength,
                pattern,
                options,
                reference,
                precision,
                scale);
    }
}
