package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.events.schema.FieldSpec;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** DATE (YYYY-MM-DD) and DATETIME (ISO-8601 with an offset, stored in UTC to the microsecond). */
final class TemporalValues {

    private static final Pattern DATE_SHAPE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private TemporalValues() {}

    static ValueCheck date(FieldSpec spec, JsonNode value) {
        if (!value.isTextual() || !DATE_SHAPE.matcher(value.asText()).matches()) {
            return ValueCheck.fail(spec.name(), "invalid_date", "Expected a date as YYYY-MM-DD.");
        }
        try {
            return ValueCheck.ok(TextNode.valueOf(
                    LocalDate.parse(value.asText(), STRICT_DATE).toString()));
        } catch (DateTimeParseException e) {
            return ValueCheck.fail(spec.name(), "invalid_date", "Not a calendar date.");
        }
    }

    static ValueCheck dateTime(FieldSpec spec, JsonNode value) {
        if (!value.isTextual()) {
            return ValueCheck.fail(spec.name(), "invalid_datetime", "Expected an ISO-8601 date-time with offset.");
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(value.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return ValueCheck.ok(TextNode.valueOf(utc(parsed)));
        } catch (DateTimeParseException e) {
            return ValueCheck.fail(spec.name(), "invalid_datetime", "Expected an ISO-8601 date-time with offset.");
        }
    }

    /** UTC with a Z, to the microsecond: what PostgreSQL's timestamptz can hold. */
    static String utc(OffsetDateTime time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.toInstant().truncatedTo(ChronoUnit.MICROS));
    }
}
