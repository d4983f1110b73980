package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.records.CreateRecord;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Record commands. Responses show the record as its event stored it. */
@RestController
class RecordsController {

    private final CommandGateway commands;
    private final SchemaCatalog catalog;
    private final RecordResponses responses;

    RecordsController(CommandGateway commands, SchemaCatalog catalog, RecordResponses responses) {
        this.commands = commands;
        this.catalog = catalog;
        this.responses = responses;
    }

    @PostMapping(path = "/api/entities/{entity}/records", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@PathVariable String entity, @RequestBody JsonNode body) {
        if (!(body instanceof ObjectNode values)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A record is a JSON object.");
        }
        UUID entityId = catalog.resolve(entity)
                .orElseThrow(() -> CommandRejectedException.notFound("No entity has this id or name."));
        UUID recordId = UUID.randomUUID();
        commands.sendAndWait(new CreateRecord(recordId, entityId, values));
        RecordResponses.Created created = responses.created(recordId);
        return ResponseEntity.created(URI.create("/api/entities/" + entityId + "/records/" + recordId))
                .eTag("\"1\"")
                .header("X-Position", Long.toString(created.position()))
                .body(created.body());
    }
}
