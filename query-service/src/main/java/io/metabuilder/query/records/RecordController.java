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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
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

    /** An export writes every matching record: the list's paging parameters do not apply to it. */
    private static final Set<String> PAGING = Set.of("limit", "cursor", "offset", "count");

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

    @Operation(
            summary = "List records: filter[field][op]=value, sort, keyset cursor or offset, count=exact, fields, q",
            parameters = {
                @Parameter(
                        name = "filter",
                        in = ParameterIn.QUERY,
                        style = ParameterStyle.DEEPOBJECT,
                        explode = Explode.TRUE,
                        schema = @Schema(type = "object"),
                        description = "filter[field][op]=value, op one of eq ne gt gte lt lte in contains startsWith"
                                + " isNull; filter[field]=value is eq"),
                @Parameter(
                        name = "sort",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "string"),
                        description = "comma list of fields, - for descending; nulls last ascending, first"
                                + " descending; id breaks ties"),
                @Parameter(
                        name = "fields",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "string"),
                        description = "the fields to show (id always)"),
                @Parameter(
                        name = "q",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "string"),
                        description = "case-insensitive substring in any TEXT, LONG_TEXT, EMAIL, URL or ENUM field"),
                @Parameter(
                        name = "limit",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "integer"),
                        description = "1 to 1000 records, 50 by default"),
                @Parameter(
                        name = "cursor",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "string"),
                        description = "page.next of the previous page"),
                @Parameter(
                        name = "offset",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "integer"),
                        description = "records to skip, at most 10000"),
                @Parameter(
                        name = "count",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "string"),
                        description = "exact: add page.total")
            })
    @GetMapping
    Map<String, Object> list(@PathVariable String entity, HttpServletRequest request) {
        EntitySummary found = entity(entity);
        List<FieldColumn> fields = fields(found);
        ListQuery parsed = ListParameters.parse(query(request), fields);
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
    @Operation(
            summary = "Export records as CSV or JSON lines (?format=csv|jsonl), with the list's filters and sort",
            parameters = {
                @Parameter(
                        name = "filter",
                        in = ParameterIn.QUERY,
                        style = ParameterStyle.DEEPOBJECT,
                        explode = Explode.TRUE,
                        schema = @Schema(type = "object"),
                        description = "filter[field][op]=value, op one of eq ne gt gte lt lte in contains startsWith"
                                + " isNull; filter[field]=value is eq"),
                @Parameter(
                        name = "sort",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "string"),
                        description = "comma list of fields, - for descending; nulls last ascending, first"
                                + " descending; id breaks ties"),
                @Parameter(
                        name = "fields",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "string"),
                        description = "the fields to show (id always)"),
                @Parameter(
                        name = "q",
                        in = ParameterIn.QUERY,
                        schema = @Schema(type = "string"),
                        description = "case-insensitive substring in any TEXT, LONG_TEXT, EMAIL, URL or ENUM field")
            })
    @ApiResponse(
            responseCode = "200",
            description = "Every matching record",
            content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/x-ndjson")})
    @GetMapping("/export")
    void export(
            @PathVariable String entity,
            @Parameter(description = "csv (default) or jsonl", schema = @Schema(type = "string"))
                    @RequestParam(defaultValue = "csv")
                    String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        EntitySummary found = entity(entity);
        List<FieldColumn> fields = fields(found);
        MultiValueMap<String, String> query = query(request);
        query.keySet().removeAll(PAGING);
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

    private static MultiValueMap<String, String> query(HttpServletRequest request) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> query.addAll(name, List.of(values)));
        return query;
    }

    private EntitySummary entity(String idOrName) {
        return entities.find(idOrName).orElseThrow(() -> ApiException.notFound("No entity " + idOrName));
    }

    private List<FieldColumn> fields(EntitySummary entity) {
        return entities.fields(entity.id());
    }
}
