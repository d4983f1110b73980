package io.metabuilder.query.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.history.PastRecords;
import io.metabuilder.query.projection.ReadsProjections;
import io.metabuilder.query.schema.EntityQueries;
import io.metabuilder.query.schema.EntitySummary;
import io.metabuilder.query.schema.FieldColumn;
import io.metabuilder.query.web.ApiException;
import io.metabuilder.query.web.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
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
    private final RecordExport export;

    RecordController(EntityQueries entities, RecordQueries records, PastRecords past, RecordExport export) {
        this.entities = entities;
        this.records = records;
        this.past = past;
        this.export = export;
    }

    @Operation(summary = "List records: filter[field][op]=value, sort, keyset cursor or offset, count=exact, fields, q")
    @GetMapping
    Map<String, Object> list(@PathVariable String entity, @RequestParam MultiValueMap<String, String> query) {
        EntitySummary found = entity(entity);
        List<FieldColumn> fields = fields(found);
        ListQuery parsed = ListParameters.parse(query, fields);
        List<ObjectNode> rows = records.page(found, fields, parsed);
        List<ObjectNode> data = new ArrayList<>(rows.subList(0, Math.min(parsed.limit(), rows.size())));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("limit", parsed.limit());
        page.put(
                "next",
                rows.size() > parsed.limit() ? ListedRecords.cursorAfter(data.get(data.size() - 1), parsed) : null);
        if (parsed.countExact()) {
            page.put("total", records.count(found, fields, parsed));
        }
        data.forEach(record -> ListedRecords.shown(record, parsed));
        return Map.of("data", data, "page", page);
    }

    /** Every matching record (the list's filters, sort, q and fields; no paging), streamed as CSV or JSON lines. */
    @Operation(summary = "Export records as CSV or JSON lines (?format=csv|jsonl), with the list's filters and sort")
    @GetMapping("/export")
    void export(
            @PathVariable String entity,
            @RequestParam MultiValueMap<String, String> query,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        EntitySummary found = entity(entity);
        List<FieldColumn> fields = fields(found);
        export.write(chosen, found, fields, ListParameters.parse(query, fields), response);
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
}
