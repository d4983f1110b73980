package io.metabuilder.query.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One tracking processor per registered projection, each with one segment and its own token in
 * read_model.token_entry, handling with the handler built for the projection's live schema.
 *
 * <p>A handler that fails stops its processor at that event (error status, retried with back-off,
 * readiness DOWN) instead of Axon's default of logging it and moving on: a skipped event would be
 * missing from the read model forever, silently (an older query-service reading a newer event, say).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessors {

    static final int BATCH_SIZE = 100;

    /** {@code schemas} is a parameter so the tables exist before any processor starts. */
    @Bean
    ConfigurerModule trackingProcessorPerProjection(
            ProjectionRegistry registry,
            ProjectionSchemas schemas,
            EmbeddedEventStore eventStore,
            ProcessingProgress progress) {
        return configurer -> registry.all().forEach(definition -> {
            Object handler = definition.handlerFor().apply(definition.schema());
            configurer
                    .eventProcessing()
                    .registerTrackingEventProcessor(
                            definition.name(), c -> eventStore, c -> live().andEventTrackerStatusChangeListener(
                                            progress))
                    .registerListenerInvocationErrorHandler(definition.name(), c -> PropagatingErrorHandler.instance())
                    .registerEventHandler(c -> handler)
                    .assignHandlerInstancesMatching(definition.name(), candidate -> candidate == handler);
        });
    }

    static TrackingEventProcessorConfiguration live() {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(BATCH_SIZE)
                .andInitialSegmentsCount(1);
    }

    /** A replay starts at the tail explicitly: Axon's default would wrap it in a ReplayToken. */
    static TrackingEventProcessorConfiguration replay() {
        return live().andInitialTrackingToken(StreamableMessageSource::createTailToken);
    }
}
