package io.metabuilder.query.projection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.springframework.stereotype.Component;

/**
 * Told by the live processors each time one of them moved on (a batch committed, a claim changed),
 * so that whoever waits for a position checks at once instead of at its next tick.
 */
@Component
public class ProcessingProgress implements EventTrackerStatusChangeListener {

    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();

    void subscribe(Runnable subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> updatedTrackerStatus) {
        subscribers.forEach(Runnable::run);
    }

    /** Position changes count: they are the ones read-your-writes waits for. */
    @Override
    public boolean validatePositions() {
        return true;
    }
}
