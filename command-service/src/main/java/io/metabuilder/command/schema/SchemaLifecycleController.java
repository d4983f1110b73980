package io.metabuilder.command.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.web.CommandPositions;
import io.metabuilder.events.schema.ArchiveEntity;
import io.metabuilder.events.schema.ChangeEntityDetails;
import io.metabuilder.events.schema.ChangeFieldRules;
import io.metabuilder.events.schema.RemoveField;
import io.metabuilder.events.schema.RenameField;
import io.metabuilder.events.schema.RestoreEntity;
import io.metabuilder.events.schema.RestoreField;
import io.metabuilder.events.schema.RollbackSchema;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schema changes after creation: rename/relabel, archive/restore, field PATCH/remove/restore and
 * rollback. Each sends one command (honouring {@code If-Match}) and answers from what it decided.
 */
@RestController
@RequestMapping("/api/entities/{entity}")
class SchemaLifecycleController {

    private final CommandGateway commands;
    private final SchemaCatalog catalog;
    private final CommandPositions positions;
    private final SchemaResponses responses;

    SchemaLifecycleController(
            CommandGateway commands, SchemaCatalog catalog, CommandPositions positions, ObjectMapper mapper) {
        this.commands = commands;
        this.catalog = catalog;
        this.positions = positions;
        this.responses = new SchemaResponses(mapper);
    }

    record EntityPatch(String name, String displayName, String description) {}

    record RollbackRequest(Long toVersion) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rollback(long schemaVersion, List<SchemaResponses.Operation> operations, long position) {}

    record Versioned(long schemaVersion, long position) {}

    @Operation(summary = "Rename or relabel an entity (If-Match: \"<schemaVersion>\")")
    @PatchMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> change(
            @PathVariable String entity,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody EntityPatch body) {
        UUID id = entityId(entity);
        SchemaDecision decision = send(new ChangeEntityDetails(
                id, body.name(), body.displayName(), body.description(), IfMatch.version(ifMatch)));
        long position = positionOf(decision);
        return answer(decision, position, responses.entity(decision, position));
    }

    @Operation(summary = "Archive an entity: hidden from lists, read-only until restored")
    @DeleteMapping
    ResponseEntity<Versioned> archive(
            @PathVariable String entity, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        SchemaDecision decision = send(new ArchiveEntity(entityId(entity), IfMatch.version(ifMatch)));
        long position = positionOf(decision);
        return answer(decision, position, new Versioned(decision.changed().schemaVersion(), position));
    }

    @Operation(summary = "Restore an archived entity with all its records")
    @PostMapping("/restore")
    ResponseEntity<ObjectNode> restore(
            @PathVariable String entity, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        SchemaDecision decision = send(new RestoreEntity(entityId(entity), IfMatch.version(ifMatch)));
        long position = positionOf(decision);
        return answer(decision, position, responses.entity(decision, position));
    }

    @Operation(summary = "Rename a field or change its rules (a type change is 422)")
    @PatchMapping(path = "/fields/{field}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> changeField(
            @PathVariable String entity,
            @PathVariable String field,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ObjectNode body) {
        UUID id = entityId(entity);
        UUID fieldId = fieldId(id, field);
        Long expected = IfMatch.version(ifMatch);
        boolean renameOnly =
                body.size() == 1 && body.has("name") && body.get("name").isTextual();
        SchemaDecision decision = renameOnly
                ? send(new RenameField(id, fieldId, body.get("name").asText(), expected))
                : send(new ChangeFieldRules(id, fieldId, body, expected));
        long position = positionOf(decision);
        return answer(decision, position, responses.field(decision, fieldId, position));
    }

    @Operation(summary = "Remove a field: its column leaves the read table, its values stay in history")
    @DeleteMapping("/fields/{field}")
    ResponseEntity<Versioned> removeField(
            @PathVariable String entity,
            @PathVariable String field,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        UUID id = entityId(entity);
        SchemaDecision decision = send(new RemoveField(id, fieldId(id, field), IfMatch.version(ifMatch)));
        long position = positionOf(decision);
        return answer(decision, position, new Versioned(decision.changed().schemaVersion(), position));
    }

    @Operation(summary = "Restore a removed field with every value it held")
    @PostMapping("/fields/{field}/restore")
    ResponseEntity<ObjectNode> restoreField(
            @PathVariable String entity,
            @PathVariable String field,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        UUID id = entityId(entity);
        UUID fieldId = fieldId(id, field);
        SchemaDecision decision = send(new RestoreField(id, fieldId, IfMatch.version(ifMatch)));
        long position = positionOf(decision);
        return answer(decision, position, responses.field(decision, fieldId, position));
    }

    @Operation(summary = "Roll the schema back (or forward) to a version, as a new version")
    @PostMapping(path = "/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Rollback> rollback(
            @PathVariable String entity,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody RollbackRequest body) {
        if (body.toVersion() == null) {
            throw CommandRejectedException.invalid(
                    List.of(new FieldProblem("toVersion", "required", "toVersion is required.")));
        }
        SchemaDecision decision =
                send(new RollbackSchema(entityId(entity), body.toVersion(), IfMatch.version(ifMatch)));
        long position = positionOf(decision);
        return answer(
                decision,
                position,
                new Rollback(
                        decision.changed().schemaVersion(), responses.operations(decision.operations()), position));
    }

    private SchemaDecision send(Object command) {
        return commands.sendAndWait(command);
    }

    private UUID entityId(String entity) {
        return catalog.resolve(entity)
                .orElseThrow(() -> CommandRejectedException.notFound("No entity has this id or name."));
    }

    private UUID fieldId(UUID entityId, String field) {
        return catalog.resolveField(entityId, field)
                .orElseThrow(() -> CommandRejectedException.notFound("The entity has no field with this id or name."));
    }

    private long positionOf(SchemaDecision decision) {
        return positions
                .of(decision.changed().entityId(), decision.changed().sequenceNumber())
                .position();
    }

    private static <T> ResponseEntity<T> answer(SchemaDecision decision, long position, T body) {
        return ResponseEntity.ok()
                .eTag("\"" + decision.changed().schemaVersion() + "\"")
                .header("X-Position", Long.toString(position))
                .body(body);
    }
}
