package io.metabuilder.query.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.history.PastRecords;
import io.metabuilder.query.projection.ReadsProjections;
import io.metabuilder.query.schema.EntityQueries;
import io.metabuilder.query.schema.EntitySummary;
import io.metabuilder.query.schema.FieldColumn;
import io.metabuilder.query.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Records of an entity, as flat JSON objects keyed by field name. */
@RestController
@ReadsProjections("entity-tables")
@RequestMapping("/api/entities/{entity}/records")
class RecordController {

    private final EntityQueries entities;
    private final RecordQueries records;
    private final PastRecords past;

    RecordController(EntityQueries entities, RecordQueries records, PastRecords past) {
        this.entities = entities;
        this.records = records;
        this.past = past;
    }

    @GetMapping
    Map<String, Object> list(
            @PathVariable String entity,
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        ListParameters.rejectUnsupported(query.keySet());
        int pageSize = ListParameters.limit(limit);
        EntitySummary found = entity(entity);
        List<ObjectNode> rows = records.page(
                found, fields(found), pageSize, Optional.ofNullable(cursor).map(PageCursor::decode));
        List<ObjectNode> data = rows.subList(0, Math.min(pageSize, rows.size()));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("limit", pageSize);
        page.put("next", rows.size() > pageSize ? cursorAfter(data.get(data.size() - 1)) : null);
        return Map.of("data", data, "page", page);
    }

    /** The record now, or as it was at {@code version} or {@code asOf} (from its history). */
    @Operation(summary = "Get a record, now or as it was (?version=N or ?asOf=T)")
    @GetMapping("/{id}")
    @ReadsProjections({"entity-tables", "record-history", "schema-versions"})
    ResponseEntity<ObjectNode> get(
            @PathVariable String entity,
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean includeDeleted,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String asOf) {
        if (version != null && asOf != null) {
            throw ApiException.badRequest("Give version or asOf, not both.");
        }
        EntitySummary found = entity(entity);
        ObjectNode record = EntityQueries.parseUuid(id)
                .flatMap(recordId -> version != null
                        ? past.atVersion(found.id(), recordId, version)
                        : asOf != null
                                ? past.asOf(found.id(), recordId, instant(asOf))
                                : records.find(found, fields(found), recordId, true))
                .filter(shown -> includeDeleted || !shown.path("deleted").asBoolean())
                .orElseThrow(() -> ApiException.notFound("No record " + id + " in " + found.name()));
        return ResponseEntity.ok()
                .eTag("\"" + record.get("version").asLong() + "\"")
                .body(record);
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("asOf must be an ISO-8601 date-time with offset.");
        }
    }

    private EntitySummary entity(String idOrName) {
        return entities.find(idOrName).orElseThrow(() -> ApiException.notFound("No entity " + idOrName));
    }

    private List<FieldColumn> fields(EntitySummary entity) {
        return entities.fields(entity.id());
    }

    private static String cursorAfter(ObjectNode last) {
        return new PageCursor(
                        Instant.parse(last.get("created_at").asText()),
                        UUID.fromString(last.get("id").asText()))
                .encode();
    }
}
