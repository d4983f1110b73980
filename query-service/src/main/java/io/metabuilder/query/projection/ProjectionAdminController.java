package io.metabuilder.query.projection;

import io.metabuilder.query.web.ApiException;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lists the projections and rebuilds one from the event store (roles are checked by security). */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionMonitor monitor;
    private final ProcessedPosition position;

    ProjectionAdminController(ProjectionMonitor monitor, ProcessedPosition position) {
        this.monitor = monitor;
        this.position = position;
    }

    @GetMapping
    Map<String, List<ProjectionState>> list() {
        return Map.of("data", List.of(monitor.state()));
    }

    /** Stops the processor, resets its token (the reset handler drops what it owns) and restarts it. */
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> replay(@PathVariable String name) {
        if (!EntityTablesProjection.NAME.equals(name)) {
            throw ApiException.notFound("No projection named " + name);
        }
        TrackingEventProcessor processor =
                position.processor().orElseThrow(() -> ApiException.notFound("No projection named " + name));
        processor.shutDown();
        try {
            // Explicitly from the tail: the processor's default initial token is itself a ReplayToken,
            // which resetTokens() would nest inside another one.
            processor.resetTokens(StreamableMessageSource::createTailToken);
        } catch (UnableToClaimTokenException e) {
            throw ApiException.conflict("Another instance is processing this projection; stop it or retry there");
        } finally {
            processor.start();
        }
        return Map.of("name", name, "status", "replaying");
    }
}
