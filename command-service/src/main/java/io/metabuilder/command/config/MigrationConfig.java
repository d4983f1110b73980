package io.metabuilder.command.config;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two owners, two histories. Spring's Flyway migrates the event store ({@code event_store}, from
 * shared-events, history {@code flyway_event_store_history}); then this service's own tables are
 * migrated in their schema {@code command} with a history of their own, so a new migration on
 * either side never has to know the other's numbers.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfig {

    static final String SCHEMA = "command";

    @Bean
    FlywayMigrationStrategy eventStoreThenCommandTables(DataSource dataSource) {
        return eventStore -> {
            eventStore.migrate();
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(SCHEMA)
                    .defaultSchema(SCHEMA)
                    .createSchemas(true)
                    .table("flyway_command_history")
                    .locations("classpath:db/command")
                    .load()
                    .migrate();
        };
    }
}
