package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.QueryServiceApplication;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.TestEventStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Deployments start in any order: the service serves before command-service created event_store. */
class StartsBeforeEventStoreIT {

    static final TestEventStore store = TestEventStore.create(StartsBeforeEventStoreIT.class, false);

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void servesAnEmptyReadModelAndCatchesUpOnceTheEventStoreExists() {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(QueryServiceApplication.class)
                .run("--metabuilder.database-url=" + store.databaseUrl(), "--server.port=0")) {
            Api api = new Api(
                    ((WebServerApplicationContext) service).getWebServer().getPort());
            assertThat(api.get("/health/ready", null).statusCode()).isEqualTo(200);
            assertThat(Api.json(api.get("/api/entities", Api.token("USER"))).get("data"))
                    .isEmpty();

            store.migrateEventStore();
            long position = Events.defineEntity(store, "late").addField("x", FieldType.TEXT);

            ProcessedPosition processed = service.getBean(ProcessedPosition.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> processed.covers(EntityTablesProjection.NAME, position));
            assertThat(Api.json(api.get("/api/entities/late", Api.token("USER")))
                            .get("fields"))
                    .hasSize(1);
        }
    }
}
