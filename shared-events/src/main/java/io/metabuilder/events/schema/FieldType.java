package io.metabuilder.events.schema;

/**
 * The twelve types a field can have. A field's type never changes in place: a different type is a
 * new field. The names are stored in events, so they never change either.
 */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    DATETIME,
    EMAIL,
    URL,
    ENUM,
    REFERENCE,
    JSON;

    /** Whether values are strings searched by {@code q} and compared with contains/startsWith. */
    public boolean isText() {
        return this == TEXT || this == LONG_TEXT || this == EMAIL || this == URL || this == ENUM;
    }

    /** Whether {@code min} and {@code max} apply. */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
