package io.metabuilder.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.common.EventTypeNames;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;

/**
 * The audit trail as a fold: one row per event of any kind, keyed by its position, so a replay or a
 * redelivery writes each event once. The names of entities and fields are learned from the schema
 * events as they pass, so each summary reads with the names of its own moment.
 */
@ProcessingGroup(AuditProjection.NAME)
class AuditProjection {

    static final String NAME = "audit";
    static final String SCHEMA = "rm_audit";

    private final AuditTables tables;
    private final ObjectMapper mapper;

    AuditProjection(AuditTables tables, ObjectMapper mapper) {
        this.tables = tables;
        this.mapper = mapper;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        String eventType = EventTypeNames.nameOf(event.getClass())
                .orElse(message.getPayloadType().getSimpleName());
        ObjectNode payload = AuditPayloads.withoutSecrets(mapper.valueToTree(event));
        AuditNames names = tables.names();
        String summary = AuditSummaries.summarize(eventType, payload, names);
        names.learn(payload);
        MetaData metadata = message.getMetaData();
        tables.insert(new AuditEvent(
                token.position().orElseThrow(),
                message.getTimestamp().truncatedTo(ChronoUnit.MICROS),
                eventType,
                aggregate(message).map(DomainEventMessage::getType).orElse(null),
                aggregate(message)
                        .map(DomainEventMessage::getAggregateIdentifier)
                        .orElse(null),
                AuditNames.uuid(payload.get("entityId")),
                text(metadata, EventMetadata.USER_ID),
                text(metadata, EventMetadata.USER_EMAIL),
                text(metadata, EventMetadata.ROLE),
                text(metadata, EventMetadata.CLIENT_ADDRESS),
                text(metadata, EventMetadata.REQUEST_ID),
                summary,
                payload));
    }

    @ResetHandler
    void reset() {
        tables.clear();
    }

    private static Optional<DomainEventMessage<?>> aggregate(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? Optional.of(domain) : Optional.empty();
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
