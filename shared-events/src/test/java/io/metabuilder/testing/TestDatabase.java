package io.metabuilder.testing;

import io.metabuilder.events.common.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A fresh, empty PostgreSQL database for one test class, so tests never see each other's data.
 *
 * <p>The server is, in order: {@code TEST_DATABASE_URL} when set; else a Testcontainers
 * PostgreSQL when a Docker engine answers; else an embedded PostgreSQL (zonky), so the tests run on
 * any machine with a JDK. One server per JVM; the databases made on it are dropped when the JVM
 * exits.
 */
public final class TestDatabase {

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static DatabaseUrl server;

    private TestDatabase() {}

    /** Creates a new database named after the test class and returns where it is. */
    public static DatabaseUrl create(Class<?> testClass) {
        DatabaseUrl admin = server();
        String name = "mb_" + testClass.getSimpleName().toLowerCase(Locale.ROOT) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        execute(admin, "CREATE DATABASE " + name);
        CREATED.add(name);
        return admin.withDatabase(name);
    }

    /** Which kind of server the tests run against, for the build log. */
    public static String describe() {
        return server().jdbcUrl();
    }

    private static synchronized DatabaseUrl server() {
        if (server == null) {
            server = startServer();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
        }
        return server;
    }

    private static DatabaseUrl startServer() {
        String configured = System.getenv("TEST_DATABASE_URL");
        if (configured != null && !configured.isBlank()) {
            return DatabaseUrl.parse(configured);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            return new DatabaseUrl(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return embedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static DatabaseUrl embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
        }
    }

    private static void dropCreated() {
        for (String name : CREATED) {
            try {
                execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                // The server may already be gone (embedded or container shut down first): nothing to keep.
            }
        }
    }

    private static void execute(DatabaseUrl target, String sql) {
        try (Connection connection =
                        DriverManager.getConnection(target.jdbcUrl(), target.username(), target.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed: " + sql, e);
        }
    }
}
