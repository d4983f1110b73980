package io.metabuilder.events.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.metabuilder.events.records.RecordCreated0To1Upcaster;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * How events lie in PostgreSQL, the same for the service that writes them and the one that reads
 * them: the snake_case tables of {@code db/event-store} and JSON payloads under stable type names.
 */
public final class EventStoreFormat {

    /** Where the event store's migrations are, and the Flyway history table that tracks them. */
    public static final String MIGRATIONS = "classpath:db/event-store";

    public static final String MIGRATIONS_TABLE = "flyway_event_store_history";

    /**
     * The advisory lock every appending transaction holds until it commits (migration V2), so
     * appends commit in global-index order. Whoever must see the store standing still (a rebuild
     * of the command-side views) takes the same lock.
     */
    public static final long APPEND_LOCK = 7881967187234483828L;

    /**
     * The channel every committed append notifies (migration V3), so a reader in another process
     * can fetch at once instead of waiting for its next poll.
     */
    public static final String APPENDS_CHANNEL = "metabuilder_events";

    private EventStoreFormat() {}

    /** Axon's table and column names for the {@code event_store} schema. */
    public static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("event_store.domain_event_entry")
                .snapshotTable("event_store.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /** The event serializer: JSON, exact decimals, java.time values, stable event names. */
    public static Serializer eventSerializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return new StableTypeNameSerializer(JacksonSerializer.builder().objectMapper(mapper));
    }

    /**
     * Every upcaster, oldest shape first: what both services read old events through. Add one
     * whenever an event's {@code @Revision} changes.
     */
    public static EventUpcasterChain upcasters() {
        return new EventUpcasterChain(new RecordCreated0To1Upcaster());
    }
}
