package io.metabuilder.query.audit;

import io.metabuilder.events.common.EventTypeNames;
import io.metabuilder.query.web.ApiException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The parameters of GET /api/audit and its export, parsed and checked before any SQL exists.
 * {@code entity} has already been resolved to an id; {@code user} is an id or an email.
 */
record AuditFilter(
        Optional<UUID> entityId,
        Optional<UUID> recordId,
        Optional<UUID> userId,
        Optional<String> userEmail,
        List<String> types,
        Optional<Instant> from,
        Optional<Instant> to) {

    static AuditFilter parse(Optional<UUID> entityId, String record, String user, String type, String from, String to) {
        Optional<UUID> userId = Optional.ofNullable(user).map(AuditNames::uuid);
        return new AuditFilter(
                entityId,
                Optional.ofNullable(record).map(value -> uuid("record", value)),
                userId,
                Optional.ofNullable(user).filter(value -> userId.isEmpty()),
                types(type),
                Optional.ofNullable(from).map(value -> instant("from", value)),
                Optional.ofNullable(to).map(value -> instant("to", value)));
    }

    private static UUID uuid(String parameter, String value) {
        UUID id = AuditNames.uuid(value);
        if (id == null) {
            throw ApiException.badRequest(parameter + " must be a record id (a UUID)");
        }
        return id;
    }

    private static List<String> types(String value) {
        if (value == null) {
            return List.of();
        }
        List<String> types = Arrays.stream(value.split(",")).map(String::trim).toList();
        List<String> unknown = types.stream()
                .filter(name -> !EventTypeNames.names().contains(name))
                .toList();
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("type names no event type: " + String.join(", ", unknown) + " (known: "
                    + String.join(", ", EventTypeNames.names()) + ")");
        }
        return types;
    }

    private static Instant instant(String parameter, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    parameter + " must be an ISO-8601 date-time with offset, e.g. 2026-01-31T12:00:00Z");
        }
    }
}
