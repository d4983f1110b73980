package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.projection.ReadsProjections;
import io.metabuilder.query.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/entities/{entity}/openapi.json: the record endpoints of one entity as OpenAPI 3.1. */
@RestController
@ReadsProjections("entity-tables")
class EntityOpenApiController {

    private final EntityQueries entities;
    private final EntityOpenApi openApi;

    EntityOpenApiController(EntityQueries entities, ObjectMapper mapper) {
        this.entities = entities;
        this.openApi = new EntityOpenApi(mapper);
    }

    @Operation(summary = "The OpenAPI 3.1 document of an entity's record endpoints")
    @GetMapping(path = "/api/entities/{entity}/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode openApi(@PathVariable String entity) {
        EntitySummary summary = entities.find(entity).orElseThrow(() -> ApiException.notFound("No entity " + entity));
        return openApi.document(summary, entities.fields(summary.id()));
    }
}
