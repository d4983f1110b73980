package io.metabuilder.events.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/**
 * One step of a rollback. {@code field} is the field's id (null for {@link Op#RENAME_ENTITY});
 * {@code fromName}/{@code toName} are the names a rename involves (also set on remove and restore,
 * for the audit trail), {@code fromSpec}/{@code toSpec} the specs a {@link Op#CHANGE_FIELD}
 * involves. The stored op names are those of the HTTP contract and never change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemaOperation(Op op, UUID field, String fromName, String toName, FieldSpec fromSpec, FieldSpec toSpec) {

    /** What a step does. */
    public enum Op {
        @JsonProperty("removeField")
        REMOVE_FIELD,
        @JsonProperty("restoreField")
        RESTORE_FIELD,
        @JsonProperty("renameField")
        RENAME_FIELD,
        @JsonProperty("changeField")
        CHANGE_FIELD,
        @JsonProperty("renameEntity")
        RENAME_ENTITY
    }

    public static SchemaOperation removeField(UUID field, String name) {
        return new SchemaOperation(Op.REMOVE_FIELD, field, name, null, null, null);
    }

    public static SchemaOperation restoreField(UUID field, String name) {
        return new SchemaOperation(Op.RESTORE_FIELD, field, null, name, null, null);
    }

    public static SchemaOperation renameField(UUID field, String from, String to) {
        return new SchemaOperation(Op.RENAME_FIELD, field, from, to, null, null);
    }

    public static SchemaOperation changeField(UUID field, FieldSpec from, FieldSpec to) {
        return new SchemaOperation(Op.CHANGE_FIELD, field, null, null, from, to);
    }

    public static SchemaOperation renameEntity(String from, String to) {
        return new SchemaOperation(Op.RENAME_ENTITY, null, from, to, null, null);
    }
}
