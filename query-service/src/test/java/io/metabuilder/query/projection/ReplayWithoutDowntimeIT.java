package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.QueryServiceApplication;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A replay builds beside the live tables and swaps them in: reads of the projection being replayed
 * keep answering, with the same data, before, during and after the swap. Its own database, so the
 * thousands of events it appends slow no other test's replays.
 */
class ReplayWithoutDowntimeIT {

    static final TestEventStore store = TestEventStore.create(ReplayWithoutDowntimeIT.class);
    static final String USER = Api.token("USER");

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void readsOfTheReplayedProjectionKeepAnswering200UntilItsSwappedIn() {
        Events entity = Events.defineEntity(store, "busy");
        entity.addField("title", FieldType.TEXT);
        UUID watched = UUID.randomUUID();
        entity.createRecord(watched, Values.json("{\"title\":\"watched\"}"));
        long last = 0;
        for (int batch = 0; batch < 6; batch++) {
            last = entity.createRecords(500, Values.json("{\"title\":\"filler\"}"));
        }
        long head = last;

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(QueryServiceApplication.class)
                .run("--metabuilder.database-url=" + store.databaseUrl(), "--server.port=0")) {
            Api api = new Api(
                    ((WebServerApplicationContext) service).getWebServer().getPort());
            ProjectionMonitor monitor = service.getBean(ProjectionMonitor.class);
            ProcessedPosition position = service.getBean(ProcessedPosition.class);
            await().atMost(Duration.ofSeconds(120)).until(() -> position.covers(EntityTablesProjection.NAME, head));

            HttpResponse<String> accepted = api.post("/api/admin/projections/entity-tables/replay", Api.token("ADMIN"));
            assertThat(accepted.statusCode()).isEqualTo(202);

            List<Integer> statuses = new ArrayList<>();
            int duringReplay = 0;
            String path = "/api/entities/busy/records/" + watched;
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (monitor.state(EntityTablesProjection.NAME).status().equals("replaying")
                    && System.nanoTime() < deadline) {
                HttpResponse<String> read = api.get(path, USER);
                statuses.add(read.statusCode());
                assertThat(Api.json(read).get("title").asText()).isEqualTo("watched");
                statuses.add(api.get("/api/entities/busy/records?limit=5", USER).statusCode());
                duringReplay++;
            }
            statuses.add(api.get(path, USER).statusCode());

            assertThat(duringReplay).isGreaterThan(5);
            assertThat(statuses).containsOnly(200);
            assertThat(monitor.state(EntityTablesProjection.NAME).status()).isEqualTo("running");
            assertThat(store.jdbc()
                            .queryForObject("SELECT count(*) FROM rm_entity_tables." + entity.table(), Long.class))
                    .isEqualTo(3001L);
            System.out.printf("%d reads of each endpoint during the replay, all 200%n", duringReplay);
        }
    }
}
