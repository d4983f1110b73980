package io.metabuilder.command.schema;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.web.CommandPositions;
import io.metabuilder.events.schema.AddField;
import io.metabuilder.events.schema.DefineEntity;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Schema commands: define an entity, add a field. */
@RestController
@RequestMapping(path = "/api/entities", consumes = MediaType.APPLICATION_JSON_VALUE)
class EntitiesController {

    private final CommandGateway commands;
    private final SchemaCatalog catalog;
    private final CommandPositions positions;

    EntitiesController(CommandGateway commands, SchemaCatalog catalog, CommandPositions positions) {
        this.commands = commands;
        this.catalog = catalog;
        this.positions = positions;
    }

    record DefineEntityRequest(String name, String displayName, String description) {}

    record EntityCreated(UUID id, String name, String tableName, long schemaVersion, long position) {}

    record FieldCreated(UUID fieldId, long schemaVersion, long position) {}

    @PostMapping
    ResponseEntity<EntityCreated> define(@RequestBody DefineEntityRequest body) {
        UUID id = UUID.randomUUID();
        SchemaChanged changed =
                commands.sendAndWait(new DefineEntity(id, body.name(), body.displayName(), body.description()));
        long position = positionOf(changed);
        String table = "entity_" + id.toString().replace("-", "");
        return ResponseEntity.created(URI.create("/api/entities/" + id))
                .header("X-Position", Long.toString(position))
                .body(new EntityCreated(id, body.name(), table, changed.schemaVersion(), position));
    }

    @PostMapping("/{entity}/fields")
    ResponseEntity<FieldCreated> addField(@PathVariable String entity, @RequestBody FieldSpecRequest body) {
        UUID entityId = catalog.resolve(entity)
                .orElseThrow(() -> CommandRejectedException.notFound("No entity has this id or name."));
        FieldSpecParser.Parsed parsed = FieldSpecParser.parse(body, catalog::resolve);
        if (!parsed.problems().isEmpty()) {
            throw CommandRejectedException.invalid(parsed.problems());
        }
        UUID fieldId = UUID.randomUUID();
        SchemaChanged changed = commands.sendAndWait(new AddField(entityId, fieldId, parsed.spec()));
        long position = positionOf(changed);
        return ResponseEntity.created(URI.create("/api/entities/" + entityId + "/fields/" + fieldId))
                .header("X-Position", Long.toString(position))
                .body(new FieldCreated(fieldId, changed.schemaVersion(), position));
    }

    private long positionOf(SchemaChanged changed) {
        return positions.of(changed.entityId(), changed.sequenceNumber()).position();
    }
}
