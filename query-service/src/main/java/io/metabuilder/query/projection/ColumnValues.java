package io.metabuilder.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.schema.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Converts a value from its canonical JSON form (as events carry it) to the Java value JDBC binds. */
final class ColumnValues {

    private ColumnValues() {}

    static Object toJdbc(FieldType type, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return switch (type) {
            case TEXT, LONG_TEXT, EMAIL, URL, ENUM -> value.asText();
            case INTEGER -> value.longValue();
            case DECIMAL -> new BigDecimal(value.asText());
            case BOOLEAN -> value.booleanValue();
            case DATE -> LocalDate.parse(value.asText());
            case DATETIME -> OffsetDateTime.parse(value.asText())
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MICROS);
            case REFERENCE -> UUID.fromString(value.asText());
            case JSON -> value.toString();
        };
    }
}
