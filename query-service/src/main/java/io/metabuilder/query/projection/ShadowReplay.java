package io.metabuilder.query.projection;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * One replay of one projection: a processor of its own ({@code <name>.replay}, its own token) that
 * folds the whole event stream from the tail into the projection's shadow schema.
 */
final class ShadowReplay {

    private final ProjectionDefinition definition;
    private final TrackingEventProcessor processor;
    private boolean liveStopped;
    private ScheduledFuture<?> ticks;

    ShadowReplay(
            ProjectionDefinition definition,
            EmbeddedEventStore eventStore,
            TokenStore tokenStore,
            TransactionManager transactionManager) {
        this.definition = definition;
        this.processor = TrackingEventProcessor.builder()
                .name(definition.replayName())
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(definition.handlerFor().apply(definition.shadowSchema()))
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                        .build())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactionManager)
                .trackingEventProcessorConfiguration(ProjectionProcessors.replay())
                .build();
    }

    ProjectionDefinition definition() {
        return definition;
    }

    TrackingEventProcessor processor() {
        return processor;
    }

    /**
     * Whether the shadow schema holds everything the live one does. Indexes are compared, not gaps:
     * appends commit in index order, so a gap either side is a rolled-back append that stays empty.
     */
    boolean covers(Optional<TrackingToken> live) {
        long built = ProcessedPosition.position(
                Optional.ofNullable(processor.processingStatus().get(0))
                        .map(EventTrackerStatus::getTrackingToken)
                        .map(WrappedToken::unwrapLowerBound));
        return built >= ProcessedPosition.position(live);
    }

    boolean liveStopped() {
        return liveStopped;
    }

    void liveStopped(boolean stopped) {
        liveStopped = stopped;
    }

    void ticks(ScheduledFuture<?> future) {
        ticks = future;
    }

    void stopTicking() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }
}
