package io.metabuilder.command.config;

import io.metabuilder.command.views.CommandViews;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.common.EventStoreFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon on PostgreSQL without Axon Server. The JDBC auto-configuration builds the storage engine on
 * Spring-managed connections, so events and the command-side views commit in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    private static final int RETRIES = 20;

    @Bean
    EventSchema eventSchema() {
        return EventStoreFormat.eventSchema();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return EventStoreFormat.eventSerializer();
    }

    /** A unique violation on (aggregate, sequence) from another replica is a lost race, retried. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolations();
    }

    /** Old event shapes are read through the same upcasters on both sides. */
    @Bean
    ConfigurerModule eventUpcasters() {
        return configurer -> configurer.registerEventUpcaster(configuration -> EventStoreFormat.upcasters());
    }

    /**
     * The command-side views run in the publishing thread, inside the appending transaction, and
     * a handler's failure (a unique value claimed meanwhile) fails the command instead of being
     * logged and skipped.
     */
    @Bean
    ConfigurerModule commandViewsProcessing() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(CommandViews.GROUP)
                .registerListenerInvocationErrorHandler(CommandViews.GROUP, c -> PropagatingErrorHandler.instance());
    }

    /** Copies who/where/which-request from each command to the events it causes. */
    @Bean
    CorrelationDataProvider eventMetadataProvider() {
        return new SimpleCorrelationDataProvider(
                EventMetadata.USER_ID,
                EventMetadata.USER_EMAIL,
                EventMetadata.ROLE,
                EventMetadata.REQUEST_ID,
                EventMetadata.CLIENT_ADDRESS);
    }

    /**
     * Two writers of one aggregate collide on its (aggregate, sequence) key; the loser is retried
     * against the new state so parallel writes serialise instead of failing.
     */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(
            CommandBus commandBus,
            MessageDispatchInterceptor<CommandMessage<?>> commandMetadataInterceptor,
            ScheduledExecutorService commandRetryExecutor) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(commandMetadataInterceptor)
                .retryScheduler(new ConcurrencyRetryScheduler(commandRetryExecutor, RETRIES))
                .build();
    }
}
