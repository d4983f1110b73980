package io.metabuilder.query.projection;

import io.metabuilder.query.web.ApiException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection without downtime: a {@link ShadowReplay} folds the stream into
 * {@code <schema>_next} while the live processor keeps the live schema current and queries keep
 * reading it. Once the replay caught up, the live processor stops, the replay finishes what the
 * live one had, and one transaction swaps the schemas and hands the replay's token to the live
 * processor, which then resumes on the new tables.
 */
@Component
class ProjectionReplays implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);
    private static final long CHECK_EVERY_MS = 50;

    private final ProjectionRegistry registry;
    private final ProcessedPosition positions;
    private final ProjectionSchemas schemas;
    private final StoredTokens tokens;
    private final TransactionTemplate transaction;
    private final EmbeddedEventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final Map<String, ShadowReplay> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-replays");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionReplays(
            ProjectionRegistry registry,
            ProcessedPosition positions,
            ProjectionSchemas schemas,
            StoredTokens tokens,
            TransactionTemplate transaction,
            EmbeddedEventStore eventStore,
            TokenStore tokenStore,
            TransactionManager transactionManager) {
        this.registry = registry;
        this.positions = positions;
        this.schemas = schemas;
        this.tokens = tokens;
        this.transaction = transaction;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
    }

    boolean isReplaying(String name) {
        return running.containsKey(name);
    }

    /** Starts a replay of {@code name}: 404 for an unknown name, 409 while one runs or another instance owns it. */
    void start(String name) {
        ProjectionDefinition definition =
                registry.find(name).orElseThrow(() -> ApiException.notFound("No projection named " + name));
        if (positions.localStatus(name).isEmpty() && tokens.owner(name, 0).isPresent()) {
            throw ApiException.conflict("Another instance is processing this projection; stop it or retry there");
        }
        ShadowReplay replay = new ShadowReplay(definition, eventStore, tokenStore, transactionManager);
        if (running.putIfAbsent(name, replay) != null) {
            throw ApiException.conflict("A replay of " + name + " is already running");
        }
        try {
            discardShadow(definition);
            schemas.create(definition, definition.shadowSchema());
            replay.processor().start();
            replay.ticks(ticker.scheduleWithFixedDelay(
                    () -> step(replay), CHECK_EVERY_MS, CHECK_EVERY_MS, TimeUnit.MILLISECONDS));
        } catch (RuntimeException e) {
            abort(replay, e);
            throw e;
        }
    }

    private void step(ShadowReplay replay) {
        String name = replay.definition().name();
        try {
            if (!running.containsKey(name) || !replay.covers(positions.token(name))) {
                return;
            }
            TrackingEventProcessor live = positions.processor(name).orElseThrow();
            if (!replay.liveStopped()) {
                live.shutDown();
                holdLiveClaim(name);
                replay.liveStopped(true);
                // What the live processor handled before it stopped: the next ticks catch up with it.
                return;
            }
            holdLiveClaim(name);
            replay.processor().shutDown();
            transaction.executeWithoutResult(status -> swap(replay.definition()));
            finish(replay);
            live.start();
            log.info("projection {} replayed and swapped in at position {}", name, positions.current(name));
        } catch (RuntimeException e) {
            abort(replay, e);
        }
    }

    /**
     * Stopping the live processor releases its claim, and another replica's processor would take
     * the segment and go on writing the tables about to be dropped. This instance claims it instead
     * (renewed every tick, so it never times out) until the swap hands the token on.
     */
    private void holdLiveClaim(String name) {
        transactionManager.executeInTransaction(() -> tokenStore.fetchToken(name, 0));
    }

    private void swap(ProjectionDefinition definition) {
        // Fails if another instance holds the claim; locks the row until the swap commits.
        tokenStore.fetchToken(definition.name(), 0);
        schemas.swap(definition);
        if (!tokens.move(definition.replayName(), definition.name())) {
            throw new IllegalStateException("the token of " + definition.name() + " or of its replay is missing");
        }
    }

    private void abort(ShadowReplay replay, RuntimeException cause) {
        ProjectionDefinition definition = replay.definition();
        log.error("replay of projection {} failed; the live tables stay", definition.name(), cause);
        replay.processor().shutDown();
        try {
            discardShadow(definition);
        } finally {
            finish(replay);
            positions
                    .processor(definition.name())
                    .filter(live -> !live.isRunning())
                    .ifPresent(TrackingEventProcessor::start);
        }
    }

    private void discardShadow(ProjectionDefinition definition) {
        schemas.drop(definition.shadowSchema());
        tokens.delete(definition.replayName());
    }

    private void finish(ShadowReplay replay) {
        replay.stopTicking();
        running.remove(replay.definition().name(), replay);
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
        running.values().forEach(replay -> replay.processor().shutDown());
    }
}
