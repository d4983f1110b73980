package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.auth.AuthenticatedUser;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.command.web.CommandPositions;
import io.metabuilder.events.records.CreateRecord;
import io.metabuilder.events.records.DeleteRecord;
import io.metabuilder.events.records.RestoreRecord;
import io.metabuilder.events.records.UpdateRecord;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Record commands. Responses show the record as the handler decided it, as the read model will. */
@RestController
class RecordsController {

    private static final String RECORDS = "/api/entities/{entity}/records";

    private final CommandGateway commands;
    private final SchemaCatalog catalog;
    private final RecordRegistry registry;
    private final CommandPositions positions;

    RecordsController(
            CommandGateway commands, SchemaCatalog catalog, RecordRegistry registry, CommandPositions positions) {
        this.commands = commands;
        this.catalog = catalog;
        this.registry = registry;
        this.positions = positions;
    }

    @Operation(summary = "Create a record")
    @PostMapping(path = RECORDS, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(
            @PathVariable String entity, @RequestBody JsonNode body, @AuthenticationPrincipal AuthenticatedUser user) {
        UUID entityId = entityId(entity);
        RecordWritten written = commands.sendAndWait(new CreateRecord(UUID.randomUUID(), entityId, object(body)));
        CommandPositions.Appended appended = positions.of(written.recordId(), written.sequenceNumber());
        return ResponseEntity.created(URI.create("/api/entities/" + entityId + "/records/" + written.recordId()))
                .eTag(IfMatch.etag(written.version()))
                .header("X-Position", Long.toString(appended.position()))
                .body(body(written, appended, appended.timestamp(), user.email(), user.email()));
    }

    @Operation(summary = "Change some values of a record (If-Match honoured)")
    @PatchMapping(path = RECORDS + "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> update(
            @PathVariable String entity,
            @PathVariable String id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = IfMatch.expectedVersion(ifMatch);
        UUID entityId = entityId(entity);
        UUID recordId = recordId(entityId, id);
        RecordWritten written = commands.sendAndWait(new UpdateRecord(recordId, entityId, object(body), expected));
        return answer(written);
    }

    @Operation(summary = "Delete a record softly (If-Match honoured)")
    @DeleteMapping(RECORDS + "/{id}")
    ResponseEntity<Void> delete(
            @PathVariable String entity,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = IfMatch.expectedVersion(ifMatch);
        UUID entityId = entityId(entity);
        RecordWritten written = commands.sendAndWait(new DeleteRecord(recordId(entityId, id), entityId, expected));
        CommandPositions.Appended appended = positions.of(written.recordId(), written.sequenceNumber());
        return ResponseEntity.noContent()
                .eTag(IfMatch.etag(written.version()))
                .header("X-Position", Long.toString(appended.position()))
                .build();
    }

    @Operation(summary = "Restore a deleted record (If-Match honoured)")
    @PostMapping(RECORDS + "/{id}/restore")
    ResponseEntity<Map<String, Object>> restore(
            @PathVariable String entity,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = IfMatch.expectedVersion(ifMatch);
        UUID entityId = entityId(entity);
        RecordWritten written = commands.sendAndWait(new RestoreRecord(recordId(entityId, id), entityId, expected));
        return answer(written);
    }

    private ResponseEntity<Map<String, Object>> answer(RecordWritten written) {
        CommandPositions.Appended appended = positions.of(written.recordId(), written.sequenceNumber());
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(written.version()))
                .header("X-Position", Long.toString(appended.position()))
                .body(body(written, appended, written.createdAt(), written.createdBy(), written.updatedBy()));
    }

    private UUID entityId(String entity) {
        return catalog.resolve(entity)
                .orElseThrow(() -> CommandRejectedException.notFound("No entity has this id or name."));
    }

    /** Only ids of this entity's records reach the aggregate: anything else is a 404 here. */
    private UUID recordId(UUID entityId, String id) {
        return parseUuid(id)
                .filter(recordId -> registry.exists(entityId, recordId))
                .orElseThrow(() -> CommandRejectedException.notFound("The entity has no record with this id."));
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return value.length() == 36 ? Optional.of(UUID.fromString(value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ObjectNode object(JsonNode body) {
        if (!(body instanceof ObjectNode values)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A record is a JSON object.");
        }
        return values;
    }

    /** The record as the read model will show it, with the position of the write. */
    private static Map<String, Object> body(
            RecordWritten written,
            CommandPositions.Appended appended,
            Instant createdAt,
            String createdBy,
            String updatedBy) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", written.recordId());
        record.put("version", written.version());
        record.putAll(written.values());
        record.put("created_at", DateTimeFormatter.ISO_INSTANT.format(createdAt));
        record.put("updated_at", DateTimeFormatter.ISO_INSTANT.format(appended.timestamp()));
        record.put("created_by", createdBy);
        record.put("updated_by", updatedBy);
        record.put("position", appended.position());
        return record;
    }
}
