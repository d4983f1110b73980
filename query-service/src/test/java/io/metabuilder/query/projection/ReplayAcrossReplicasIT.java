package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.query.QueryServiceApplication;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A replay on the replica that owns the projections while a second replica runs: the live
 * processor stops for the swap, and the other replica must not take its segment meanwhile, or the
 * replay is given up. Every projection is replayed, so each swap is one more chance to lose the race.
 */
class ReplayAcrossReplicasIT {

    static final TestEventStore store = TestEventStore.create(ReplayAcrossReplicasIT.class);

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void everyProjectionReplayedOnTheOwnerIsSwappedInWhileAnotherReplicaRuns() {
        Events entity = Events.defineEntity(store, "replicated");
        Values.ALL_TYPES.forEach(entity::addField);
        long head = entity.createRecords(200, Values.sample());

        try (ConfigurableApplicationContext first = start();
                ConfigurableApplicationContext second = start()) {
            List<String> names = first.getBean(ProjectionRegistry.class).names();
            await().atMost(Duration.ofSeconds(60)).until(() -> names.stream().allMatch(name -> Stream.of(first, second)
                    .allMatch(
                            replica -> replica.getBean(ProcessedPosition.class).covers(name, head))));
            Map<String, Long> before = schemaIds();

            for (String name : names) {
                ConfigurableApplicationContext owner = Stream.of(first, second)
                        .filter(replica -> replica.getBean(ProcessedPosition.class)
                                .localStatus(name)
                                .isPresent())
                        .findFirst()
                        .orElseThrow();
                Api api = new Api(
                        ((WebServerApplicationContext) owner).getWebServer().getPort());
                assertThat(api.post("/api/admin/projections/" + name + "/replay", Api.token("ADMIN"))
                                .statusCode())
                        .isEqualTo(202);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> !owner.getBean(ProjectionReplays.class).isReplaying(name));
            }

            Map<String, Long> after = schemaIds();
            assertThat(after.keySet()).isEqualTo(before.keySet());
            after.forEach(
                    (schema, id) -> assertThat(id).as("%s swapped in", schema).isNotEqualTo(before.get(schema)));
            assertThat(store.jdbc()
                            .queryForObject("SELECT count(*) FROM rm_entity_tables." + entity.table(), Long.class))
                    .isEqualTo(200L);
        }
    }

    /** A swap renames the shadow schema into place, so a replayed projection's schema has a new oid. */
    private static Map<String, Long> schemaIds() {
        return store
                .jdbc()
                .queryForList("SELECT nspname, oid::bigint AS id FROM pg_namespace WHERE nspname ~ '^rm_'")
                .stream()
                .collect(Collectors.toMap(
                        row -> (String) row.get("nspname"), row -> ((Number) row.get("id")).longValue()));
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .run("--metabuilder.database-url=" + store.databaseUrl(), "--server.port=0");
    }
}
