package io.metabuilder.query.config;

import com.zaxxer.hikari.HikariDataSource;
import io.metabuilder.events.common.EventStoreFormat;
import io.metabuilder.query.projection.AppendNotifications;
import io.metabuilder.query.projection.WakeableEventStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon without Axon Server: reads command-service's event_store through the JDBC storage engine and
 * keeps its tracking tokens in read_model, next to the rows they describe.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return EventStoreFormat.eventSerializer();
    }

    @Bean
    EventSchema eventSchema() {
        return EventStoreFormat.eventSchema();
    }

    /** Events are read through the shared upcasters, so old shapes arrive as today's records. */
    @Bean
    EventStorageEngine eventStorageEngine(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            ServiceProperties properties) {
        return JdbcEventStorageEngine.builder()
                .upcasterChain(EventStoreFormat.upcasters())
                .gapTimeout(properties.projection().gapTimeoutMs())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .build();
    }

    /**
     * The event store is written by another process, so nothing in this JVM signals new events:
     * PostgreSQL's notifications wake the store when appends commit, and the fetch delay is the poll
     * that keeps projections moving when notifications are off or their connection is lost.
     */
    @Bean(destroyMethod = "shutDown")
    WakeableEventStore eventStore(EventStorageEngine storageEngine, ServiceProperties properties) {
        return new WakeableEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .fetchDelay(properties.projection().fetchDelayMs()));
    }

    @Bean
    @ConditionalOnProperty(name = "metabuilder.projection.listen-for-appends", matchIfMissing = true)
    AppendNotifications appendNotifications(
            WakeableEventStore eventStore, HikariDataSource dataSource, MeterRegistry meters) {
        return new AppendNotifications(eventStore, dataSource, meters);
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("read_model.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Each instance is its own claim owner. Axon's default (pid@host) would let two instances in one
     * JVM, or two containers that share a hostname and pid, both believe they own the segment.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .contentType(byte[].class)
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID())
                .build();
    }
}
