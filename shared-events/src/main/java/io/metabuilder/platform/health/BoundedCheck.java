package io.metabuilder.platform.health;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A health check that answers within a bound. A check that needs the database waits for a pooled
 * connection while PostgreSQL is down (Hikari: up to 30 s), far longer than a readiness probe waits,
 * so readiness would hang instead of answering DOWN. The check runs on a thread of its own: past the
 * bound the caller gets nothing, and while that run still waits, later calls get nothing within the
 * bound too instead of piling up more waiting threads.
 */
public final class BoundedCheck<T> {

    private final Supplier<T> check;
    private final Duration bound;
    private final ExecutorService executor;
    private Future<T> running;

    public BoundedCheck(String name, Supplier<T> check, Duration bound) {
        this.check = check;
        this.bound = bound;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "health-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The check's answer, or empty when it did not come within the bound. */
    public Optional<T> get() {
        Future<T> run;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = executor.submit(check::get);
            }
            run = running;
        }
        try {
            return Optional.of(run.get(bound.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    public Duration bound() {
        return bound;
    }
}
