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
        return builder(name, type).build();
    }

    /** A builder starting from a name and a type, every rule off. */
    public static Builder builder(String name, FieldType type) {
        return new Builder().name(name).type(type);
    }

    /** A builder holding this spec's values, to derive a changed spec. */
    public Builder toBuilder() {
        return new Builder()
                .name(name)
                .type(type)
                .displayName(displayName)
                .required(required)
                .unique(unique)
                .defaultValue(defaultValue)
                .min(min)
                .max(max)
                .maxLength(maxLength)
                .pattern(pattern)
                .options(options)
                .reference(reference)
                .precision(precision)
                .scale(scale);
    }

    public FieldSpec withName(String newName) {
        return toBuilder().name(newName).build();
    }

    public FieldSpec withRequired(boolean isRequired) {
        return toBuilder().required(isRequired).build();
    }

    public FieldSpec withUnique(boolean isUnique) {
        return toBuilder().unique(isUnique).build();
    }

    /** Builds a {@link FieldSpec} one rule at a time; unset rules are off. */
    public static final class Builder {
        private String name;
        private FieldType type;
        private String displayName;
        private boolean required;
        private boolean unique;
        private JsonNode defaultValue;
        private BigDecimal min;
        private BigDecimal max;
        private Integer maxLength;
        private String pattern;
        private List<String> options;
        private UUID reference;
        private Integer precision;
        private Integer scale;

        private Builder() {}

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder type(FieldType value) {
            type = value;
            return this;
        }

        public Builder displayName(String value) {
            displayName = value;
            return this;
        }

        public Builder required(boolean value) {
            required = value;
            return this;
        }

        public Builder unique(boolean value) {
            unique = value;
            return this;
        }

        public Builder defaultValue(JsonNode value) {
            defaultValue = value;
            return this;
        }

        public Builder min(BigDecimal value) {
            min = value;
            return this;
        }

        public Builder max(BigDecimal value) {
            max = value;
            return this;
        }

        public Builder maxLength(Integer value) {
            maxLength = value;
            return this;
        }

        public Builder pattern(String value) {
            pattern = value;
            return this;
        }

        public Builder options(List<String> value) {
            options = value;
            return this;
        }

        public Builder reference(UUID value) {
            reference = value;
            return this;
        }

        public Builder precision(Integer value) {
            precision = value;
            return this;
        }

        public Builder scale(Integer value) {
            scale = value;
            return this;
        }

        public FieldSpec build() {
            return new FieldSpec(
                    name,
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
    }
}
