package io.metabuilder.query.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.projection.ReadsProjections;
import io.metabuilder.query.schema.EntityQueries;
import io.metabuilder.query.schema.EntitySummary;
import io.metabuilder.query.schema.FieldColumn;
import io.metabuilder.query.web.ApiException;
import java.time.Instant;
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

    RecordController(EntityQueries entities, RecordQueries records) {
        this.entities = entities;
        this.records = records;
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

    @GetMapping("/{id}")
    ResponseEntity<ObjectNode> get(
            @PathVariable String entity,
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean includeDeleted) {
        EntitySummary found = entity(entity);
        ObjectNode record = EntityQueries.parseUuid(id)
                .flatMap(recordId -> records.find(found, fields(found), recordId, includeDeleted))
                .orElseThrow(() -> ApiException.notFound("No record " + id + " in " + found.name()));
        return ResponseEntity.ok()
                .eTag("\"" + record.get("version").asLong() + "\"")
                .body(record);
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
