package io.metabuilder.query.records;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.schema.FieldColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a list query can name: a live field of the entity or a system field, with the type its values
 * parse as and the generated column that holds them. System fields borrow the field type they behave
 * like (created_by is text, version an integer, id a reference); most of them are never null.
 */
record Attribute(String name, FieldType type, String column, boolean nullable) {

    static final Attribute ID = new Attribute("id", FieldType.REFERENCE, "id", false);
    static final Attribute CREATED_AT = new Attribute("created_at", FieldType.DATETIME, "created_at", false);

    /** In the order a record shows them after its fields. */
    static final List<Attribute> SYSTEM_AFTER_FIELDS = List.of(
            new Attribute("version", FieldType.INTEGER, "version", false),
            CREATED_AT,
            new Attribute("updated_at", FieldType.DATETIME, "updated_at", false),
            new Attribute("created_by", FieldType.EMAIL, "created_by", true),
            new Attribute("updated_by", FieldType.EMAIL, "updated_by", true));

    static Attribute of(FieldColumn field) {
        return new Attribute(field.name(), field.type(), field.column(), true);
    }

    /** Every attribute of an entity with these fields: id, the fields in schema order, the other system fields. */
    static List<Attribute> all(List<FieldColumn> fields) {
        List<Attribute> all = new ArrayList<>();
        all.add(ID);
        fields.stream().map(Attribute::of).forEach(all::add);
        all.addAll(SYSTEM_AFTER_FIELDS);
        return all;
    }

    static Optional<Attribute> named(List<Attribute> attributes, String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    boolean isText() {
        return switch (type) {
            case TEXT, LONG_TEXT, EMAIL, URL, ENUM -> true;
            default -> false;
        };
    }

    boolean isSortable() {
        return type != FieldType.JSON;
    }
}
