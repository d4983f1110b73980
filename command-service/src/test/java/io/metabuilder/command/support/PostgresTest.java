package io.metabuilder.command.support;

import io.metabuilder.events.common.DatabaseUrl;
import io.metabuilder.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test at a fresh database of its own. */
public final class PostgresTest {

    private PostgresTest() {}

    public static void register(Class<?> testClass, DynamicPropertyRegistry registry) {
        DatabaseUrl url = TestDatabase.create(testClass);
        registry.add("metabuilder.database.url", url::jdbcUrl);
        registry.add("metabuilder.database.username", () -> url.username() == null ? "" : url.username());
        registry.add("metabuilder.database.password", () -> url.password() == null ? "" : url.password());
        registry.add("metabuilder.database.max-pool-size", () -> 5);
    }
}
