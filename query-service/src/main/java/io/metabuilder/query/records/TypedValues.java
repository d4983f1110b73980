package io.metabuilder.query.records;

import io.metabuilder.events.schema.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Parses a value of the query string (or of a cursor) into the Java value its column binds as, in the
 * same canonical forms records are written in. Anything else is not a value of that type.
 */
final class TypedValues {

    private TypedValues() {}

    static Optional<Object> parse(FieldType type, String text) {
        try {
            return Optional.of(
                    switch (type) {
                        case TEXT, LONG_TEXT, EMAIL, URL, ENUM -> text;
                        case INTEGER -> Long.parseLong(text);
                        case DECIMAL -> new BigDecimal(text);
                        case BOOLEAN -> bool(text);
                        case DATE -> LocalDate.parse(text);
                        case DATETIME -> OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
                        case REFERENCE -> uuid(text);
                        case JSON -> throw new IllegalArgumentException("JSON values are not compared");
                    });
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What a value of this type looks like, for the problem a client gets when it sends something else. */
    static String expected(FieldType type) {
        return switch (type) {
            case TEXT, LONG_TEXT, EMAIL, URL, ENUM -> "text";
            case INTEGER -> "a whole number";
            case DECIMAL -> "a decimal number";
            case BOOLEAN -> "true or false";
            case DATE -> "a date (YYYY-MM-DD)";
            case DATETIME -> "an ISO-8601 date-time with offset";
            case REFERENCE -> "a UUID";
            case JSON -> "nothing (JSON fields take only isNull)";
        };
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static UUID uuid(String text) {
        if (text.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(text);
    }
}
