package io.metabuilder.query.projection;

import java.util.Optional;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.stereotype.Component;

/** The entity-tables projection's position, lag behind the event store and state. */
@Component
class ProjectionMonitor {

    private final ProcessedPosition position;
    private final EventStoreHead head;

    ProjectionMonitor(ProcessedPosition position, EventStoreHead head) {
        this.position = position;
        this.head = head;
    }

    ProjectionState state() {
        long processed = position.current();
        long lag = Math.max(0, head.current() - processed);
        return new ProjectionState(EntityTablesProjection.NAME, processed, lag, status());
    }

    private String status() {
        Optional<TrackingEventProcessor> processor = position.processor();
        if (processor.isEmpty() || !processor.get().isRunning()) {
            return processor.map(p -> p.isError() ? "error" : "stopped").orElse("stopped");
        }
        Optional<EventTrackerStatus> local = position.localStatus();
        if (local.map(EventTrackerStatus::isErrorState).orElse(false)) {
            return "error";
        }
        return local.map(ProjectionMonitor::isReplaying).orElse(false) ? "replaying" : "running";
    }

    /**
     * Axon keeps the ReplayToken until an event newer than the reset point arrives; a replay that has
     * reached the reset point has caught up, so it is reported as running.
     */
    private static boolean isReplaying(EventTrackerStatus status) {
        long reset = status.getResetPosition().orElse(0);
        return status.isReplaying() && status.getCurrentPosition().orElse(0) < reset;
    }
}
