package io.metabuilder.query.projection;

import io.metabuilder.query.config.ServiceProperties;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: lets a query wait until the projections it reads cover a position. One shared
 * ticker checks the positions for all waiting requests (and does nothing when none wait), so a
 * request parks on a future instead of polling on its own. The ticker runs when a processor of this
 * instance moved on, and every {@code waitPollMs} for projections another replica owns.
 */
@Component
public class PositionWaiter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PositionWaiter.class);

    private final ProcessedPosition position;
    private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-position-waiter");
        thread.setDaemon(true);
        return thread;
    });

    PositionWaiter(ProcessedPosition position, ProcessingProgress progress, ServiceProperties properties) {
        this.position = position;
        long poll = properties.read().waitPollMs();
        ticker.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
        progress.subscribe(this::checkSoon);
    }

    /** A processor here moved on: check now rather than at the next tick (which covers other replicas). */
    private void checkSoon() {
        if (waiters.isEmpty()) {
            return;
        }
        try {
            ticker.execute(this::tick);
        } catch (RejectedExecutionException e) {
            // Shutting down: the waiting requests end with the server.
        }
    }

    /** Blocks until every one of {@code projections} processed {@code target} (true) or {@code timeout} passed. */
    public boolean await(Collection<String> projections, long target, Duration timeout) throws InterruptedException {
        if (projections.stream().allMatch(projection -> position.covers(projection, target))) {
            return true;
        }
        Waiter waiter = new Waiter(List.copyOf(projections), target, new CompletableFuture<>());
        waiters.add(waiter);
        try {
            waiter.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } finally {
            waiter.done().cancel(false);
        }
    }

    private void tick() {
        if (waiters.isEmpty()) {
            return;
        }
        try {
            Map<String, Optional<TrackingToken>> processed = new HashMap<>();
            waiters.removeIf(waiter -> waiter.done().isDone()
                    || (waiter.projections().stream()
                                    .allMatch(projection -> ProcessedPosition.covers(
                                            processed.computeIfAbsent(projection, position::token), waiter.target()))
                            && waiter.done().complete(null)));
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; waiters time out on their own.
            log.warn("could not check the processed position: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }

    private record Waiter(List<String> projections, long target, CompletableFuture<Void> done) {}
}
