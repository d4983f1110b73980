package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.projection.ReadsProjections;
import io.metabuilder.query.web.ApiException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

/** The schema as it was: an entity at a version or an instant, and the list of its versions. */
@RestController
@ReadsProjections(SchemaVersionsProjection.NAME)
@RequestMapping("/api/entities/{entity}/schema")
class SchemaVersionController {

    /** The order of GET /api/entities/{entity}; jsonb keeps keys in its own order. */
    private static final List<String> KEYS = List.of(
            "id",
            "name",
            "displayName",
            "description",
            "tableName",
            "schemaVersion",
            "archived",
            "createdAt",
            "updatedAt");

    private final SchemaVersionQueries versions;
    private final ObjectMapper mapper;

    SchemaVersionController(SchemaVersionQueries versions, ObjectMapper mapper) {
        this.versions = versions;
        this.mapper = mapper;
    }

    @GetMapping
    ResponseEntity<ObjectNode> schema(
            @PathVariable String entity,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "false") boolean includeRemoved) {
        if (version != null && asOf != null) {
            throw ApiException.badRequest("Give version or asOf, not both");
        }
        UUID id = entityId(entity);
        Optional<ObjectNode> found = version != null
                ? versions.atVersion(id, version)
                : asOf != null ? versions.asOf(id, instant(asOf)) : versions.latest(id);
        ObjectNode document = found.orElseThrow(() -> ApiException.notFound("No such version of " + entity));
        return ResponseEntity.ok()
                .eTag("\"" + document.get("schemaVersion").asLong() + "\"")
                .body(present(document, includeRemoved));
    }

    @GetMapping("/versions")
    Map<String, List<ObjectNode>> versions(@PathVariable String entity) {
        return Map.of("data", versions.versions(entityId(entity)));
    }

    private UUID entityId(String idOrName) {
        return versions.find(idOrName).orElseThrow(() -> ApiException.notFound("No entity " + idOrName));
    }

    /** Removed fields only when asked for (then with removed: true), like GET /api/entities/{entity}. */
    private ObjectNode present(ObjectNode document, boolean includeRemoved) {
        ObjectNode entity = mapper.createObjectNode();
        KEYS.forEach(key -> entity.set(key, document.get(key)));
        ArrayNode fields = entity.putArray("fields");
        for (JsonNode field : document.get("fields")) {
            boolean removed = field.path("removed").asBoolean();
            if (includeRemoved || !removed) {
                ObjectNode shown = ((ObjectNode) field).deepCopy();
                if (!removed) {
                    shown.remove("removed");
                }
                ObjectNode ordered =
                        mapper.createObjectNode().put("id", shown.get("id").asText());
                ordered.setAll(shown);
                fields.add(ordered);
            }
        }
        return entity;
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("asOf must be an ISO-8601 timestamp with an offset");
        }
    }
}
