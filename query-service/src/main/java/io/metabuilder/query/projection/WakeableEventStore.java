package io.metabuilder.query.projection;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, with a way to say "there is something new" from outside this JVM.
 * Axon wakes its producer thread only after a commit in the same JVM; appends by command-service are
 * otherwise found by the next poll, {@code fetchDelay} later.
 */
public class WakeableEventStore extends EmbeddedEventStore {

    public WakeableEventStore(Builder builder) {
        super(builder);
    }

    /** Fetches now if the producer is waiting for data; a no-op while it is busy reading anyway. */
    public void wakeUp() {
        afterCommit(List.of());
    }
}
