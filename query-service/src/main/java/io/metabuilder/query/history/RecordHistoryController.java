package io.metabuilder.query.history;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.projection.ReadsProjections;
import io.metabuilder.query.schema.EntityQueries;
import io.metabuilder.query.schema.EntitySummary;
import io.metabuilder.query.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Every version of a record, oldest first: who, when, in which request, and what changed. */
@RestController
@ReadsProjections({"entity-tables", "record-history", "schema-versions"})
class RecordHistoryController {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final EntityQueries entities;
    private final RecordVersionQueries versions;
    private final FieldNames names;

    RecordHistoryController(EntityQueries entities, RecordVersionQueries versions, FieldNames names) {
        this.entities = entities;
        this.versions = versions;
        this.names = names;
    }

    @Operation(summary = "Record history: every version with who, when and per-field changes")
    @GetMapping("/api/entities/{entity}/records/{id}/history")
    Map<String, List<ObjectNode>> history(@PathVariable String entity, @PathVariable String id) {
        EntitySummary found = entities.find(entity).orElseThrow(() -> ApiException.notFound("No entity " + entity));
        List<RecordVersionRow> rows = EntityQueries.parseUuid(id)
                .map(recordId -> versions.versions(found.id(), recordId))
                .orElse(List.of());
        if (rows.isEmpty()) {
            throw ApiException.notFound("No record " + id + " in " + found.name());
        }
        return Map.of("data", rows.stream().map(this::entry).toList());
    }

    /** Changes are keyed by the field's name when the version was written; a creation lists its non-null values. */
    private ObjectNode entry(RecordVersionRow row) {
        Map<String, String> named = names.at(row.entityId(), row.timestamp());
        ObjectNode entry = JSON.objectNode().put("version", row.version()).put("eventType", row.eventType());
        entry.putObject("user").put("id", row.userId()).put("email", row.userEmail());
        entry.put("timestamp", row.timestamp().toString()).put("requestId", row.requestId());
        ObjectNode changes = entry.putObject("changes");
        row.changes().fields().forEachRemaining(change -> {
            if (!change.getValue().path("to").isNull()
                    || !change.getValue().path("from").isNull()) {
                changes.putObject(named.getOrDefault(change.getKey(), change.getKey()))
                        .<ObjectNode>set("from", change.getValue().get("from"))
                        .set("to", change.getValue().get("to"));
            }
        });
        return entry;
    }
}
