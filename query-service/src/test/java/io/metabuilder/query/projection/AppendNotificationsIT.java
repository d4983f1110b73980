package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.QueryServiceApplication;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.TestEventStore;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Appends by another process reach the projections through PostgreSQL's notifications, not the poll:
 * with a poll of a minute, an event is projected within seconds, also after the listening connection
 * was killed; with notifications switched off it waits for the poll.
 */
class AppendNotificationsIT {

    static final TestEventStore store = TestEventStore.create(AppendNotificationsIT.class);
    static final String SLOW_POLL = "--metabuilder.projection.fetch-delay-ms=60000";
    static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(10);
    static final Map<String, JsonNode> TITLE = Map.of("title", TextNode.valueOf("a title"));

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void projectsAnAppendAsSoonAsItsNotificationArrives() {
        Events entity = Events.defineEntity(store, "notified");
        entity.addField("title", FieldType.TEXT);

        try (ConfigurableApplicationContext service = start(SLOW_POLL)) {
            ProcessedPosition processed = service.getBean(ProcessedPosition.class);
            awaitListening(service);
            long created = entity.createRecord(UUID.randomUUID(), TITLE);

            await().atMost(WELL_BEFORE_THE_POLL).until(() -> processed.covers(EntityTablesProjection.NAME, created));
        }
    }

    @Test
    void listensAgainAfterItsConnectionWasKilled() {
        Events entity = Events.defineEntity(store, "reconnected");
        entity.addField("title", FieldType.TEXT);

        try (ConfigurableApplicationContext service = start(SLOW_POLL)) {
            ProcessedPosition processed = service.getBean(ProcessedPosition.class);
            awaitListening(service);
            int killed = store.jdbc()
                    .queryForObject(
                            """
                    SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE datname = current_database() AND query = 'LISTEN metabuilder_events'""",
                            Integer.class);
            assertThat(killed).isEqualTo(1);

            long created = entity.createRecord(UUID.randomUUID(), TITLE);

            await().atMost(WELL_BEFORE_THE_POLL).until(() -> processed.covers(EntityTablesProjection.NAME, created));
        }
    }

    @Test
    void waitsForThePollWhenNotificationsAreOff() {
        Events entity = Events.defineEntity(store, "polled");
        long defined = entity.addField("title", FieldType.TEXT);

        try (ConfigurableApplicationContext service =
                start(SLOW_POLL, "--metabuilder.projection.listen-for-appends=false")) {
            ProcessedPosition processed = service.getBean(ProcessedPosition.class);
            await().until(() -> processed.covers(EntityTablesProjection.NAME, defined));
            long created = entity.createRecord(UUID.randomUUID(), TITLE);

            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> !processed.covers(EntityTablesProjection.NAME, created));
        }
    }

    private static void awaitListening(ConfigurableApplicationContext service) {
        await().until(() -> service.getBean(AppendNotifications.class).isListening());
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--metabuilder.database-url=" + store.databaseUrl();
        all[1] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new SpringApplicationBuilder(QueryServiceApplication.class).run(all);
    }
}
