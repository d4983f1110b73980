package io.metabuilder.query.projection;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.stereotype.Component;

/** Each projection's position, lag behind the event store and state. */
@Component
class ProjectionMonitor {

    private final ProjectionRegistry registry;
    private final ProcessedPosition position;
    private final ProjectionReplays replays;
    private final EventStoreHead head;

    ProjectionMonitor(
            ProjectionRegistry registry, ProcessedPosition position, ProjectionReplays replays, EventStoreHead head) {
        this.registry = registry;
        this.position = position;
        this.replays = replays;
        this.head = head;
    }

    /** Every projection, sorted by name; the event store's head is read once for all of them. */
    List<ProjectionState> states() {
        long newest = head.current();
        return registry.names().stream().map(name -> state(name, newest)).toList();
    }

    ProjectionState state(String name) {
        return state(name, head.current());
    }

    private ProjectionState state(String name, long newest) {
        long processed = position.current(name);
        return new ProjectionState(name, processed, Math.max(0, newest - processed), status(name));
    }

    private String status(String name) {
        if (replays.isReplaying(name)) {
            return "replaying";
        }
        Optional<TrackingEventProcessor> processor = position.processor(name);
        // A processor retrying after a failed batch is running but in error, and may hold no segment.
        if (processor.map(TrackingEventProcessor::isError).orElse(false)) {
            return "error";
        }
        if (processor.isEmpty() || !processor.get().isRunning()) {
            return "stopped";
        }
        Optional<EventTrackerStatus> local = position.localStatus(name);
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
