package io.metabuilder.query.projection;

import io.metabuilder.events.schema.FieldType;
import java.sql.Types;

/** How each field type is stored: its PostgreSQL column type and the JDBC type its values bind as. */
enum ColumnType {
    TEXT("text", Types.VARCHAR),
    BIGINT("bigint", Types.BIGINT),
    NUMERIC("numeric", Types.NUMERIC),
    BOOLEAN("boolean", Types.BOOLEAN),
    DATE("date", Types.DATE),
    TIMESTAMPTZ("timestamptz", Types.TIMESTAMP_WITH_TIMEZONE),
    UUID("uuid", Types.OTHER),
    JSONB("jsonb", Types.OTHER);

    private final String sql;
    private final int jdbcType;

    ColumnType(String sql, int jdbcType) {
        this.sql = sql;
        this.jdbcType = jdbcType;
    }

    static ColumnType of(FieldType type) {
        return switch (type) {
            case TEXT, LONG_TEXT, EMAIL, URL, ENUM -> TEXT;
            case INTEGER -> BIGINT;
            case DECIMAL -> NUMERIC;
            case BOOLEAN -> BOOLEAN;
            case DATE -> DATE;
            case DATETIME -> TIMESTAMPTZ;
            case REFERENCE -> UUID;
            case JSON -> JSONB;
        };
    }

    String sql() {
        return sql;
    }

    int jdbcType() {
        return jdbcType;
    }
}
