package io.metabuilder.query.support;

import static org.awaitility.Awaitility.await;

import io.metabuilder.query.projection.ProcessedPosition;
import io.metabuilder.query.projection.ProjectionRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service on a random port against a real PostgreSQL database of its own, with
 * {@link TestEventStore} standing in for command-service. Every subclass shares this one context
 * (same configuration, so Spring caches it) and keeps to entities it names itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "metabuilder.read.wait-timeout-ms=700")
public abstract class ServiceIT {

    protected static final TestEventStore store = TestEventStore.create(ServiceIT.class);
    protected static final String USER = Api.token("USER");

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProcessedPosition position;

    @Autowired
    protected ProjectionRegistry projections;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("metabuilder.database-url", store::databaseUrl);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /** Whether every projection has processed {@code target}. */
    protected boolean processed(long target) {
        return projections.names().stream().allMatch(name -> position.covers(name, target));
    }

    protected void awaitProcessed(long target) {
        await().until(() -> processed(target));
    }
}
