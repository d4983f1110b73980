package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.auth.AuthenticatedUser;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.command.web.CommandPositions;
import io.metabuilder.events.records.CreateRecord;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Record commands. Responses show the record as the handler decided it, as the read model will. */
@RestController
class RecordsController {

    private final CommandGateway commands;
    private final SchemaCatalog catalog;
    private final CommandPositions positions;

    RecordsController(CommandGateway commands, SchemaCatalog catalog, CommandPositions positions) {
        this.commands = commands;
        this.catalog = catalog;
        this.positions = positions;
    }

    @PostMapping(path = "/api/entities/{entity}/records", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(
            @PathVariable String entity, @RequestBody JsonNode body, @AuthenticationPrincipal AuthenticatedUser user) {
        if (!(body instanceof ObjectNode values)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A record is a JSON object.");
        }
        UUID entityId = catalog.resolve(entity)
                .orElseThrow(() -> CommandRejectedException.notFound("No entity has this id or name."));
        RecordWritten written = commands.sendAndWait(new CreateRecord(UUID.randomUUID(), entityId, values));
        CommandPositions.Appended appended = positions.of(written.recordId(), written.sequenceNumber());
        return ResponseEntity.created(URI.create("/api/entities/" + entityId + "/records/" + written.recordId()))
                .eTag("\"" + written.version() + "\"")
                .header("X-Position", Long.toString(appended.position()))
                .body(created(written, appended, user.email()));
    }

    private static Map<String, Object> created(RecordWritten written, CommandPositions.Appended appended, String by) {
        String at = DateTimeFormatter.ISO_INSTANT.format(appended.timestamp());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", written.recordId());
        record.put("version", written.version());
        record.putAll(written.values());
        record.put("created_at", at);
        record.put("updated_at", at);
        record.put("created_by", by);
        record.put("updated_by", by);
        record.put("position", appended.position());
        return record;
    }
}
