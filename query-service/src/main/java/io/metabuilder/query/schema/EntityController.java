package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.projection.ReadsProjections;
import io.metabuilder.query.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The schema as users see it: entity summaries, and one entity with its fields in order. */
@RestController
@ReadsProjections("entity-tables")
@RequestMapping("/api/entities")
class EntityController {

    private final EntityQueries entities;
    private final ObjectMapper mapper;

    EntityController(EntityQueries entities, ObjectMapper mapper) {
        this.entities = entities;
        this.mapper = mapper;
    }

    @GetMapping
    Map<String, List<EntitySummary>> list(@RequestParam(defaultValue = "false") boolean archived) {
        return Map.of("data", entities.list(archived));
    }

    @GetMapping("/{entity}")
    ResponseEntity<ObjectNode> get(
            @PathVariable String entity, @RequestParam(defaultValue = "false") boolean includeRemoved) {
        EntitySummary summary = entities.find(entity).orElseThrow(() -> ApiException.notFound("No entity " + entity));
        ObjectNode body = mapper.valueToTree(summary);
        body.putArray("fields")
                .addAll(
                        includeRemoved
                                ? entities.fieldsIncludingRemoved(summary.id()).stream()
                                        .map(this::field)
                                        .toList()
                                : entities.fields(summary.id()).stream()
                                        .map(this::field)
                                        .toList());
        return ResponseEntity.ok().eTag("\"" + summary.schemaVersion() + "\"").body(body);
    }

    /** A removed field says so; a live one looks as it does without {@code includeRemoved}. */
    private ObjectNode field(EntityQueries.CatalogField field) {
        ObjectNode node = field(field.column());
        return field.removed() ? node.put("removed", true) : node;
    }

    /** Fields list only the rules they have: null-valued keys are left out. The id goes first. */
    private ObjectNode field(FieldColumn field) {
        ObjectNode node = mapper.createObjectNode().put("id", field.id().toString());
        field.spec().fields().forEachRemaining(entry -> {
            if (!entry.getValue().isNull()) {
                node.set(entry.getKey(), entry.getValue());
            }
        });
        return node;
    }
}
