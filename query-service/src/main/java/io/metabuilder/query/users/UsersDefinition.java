package io.metabuilder.query.users;

import io.metabuilder.query.projection.ProjectionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registers the users projection: live in rm_users, buildable into any schema for a replay. */
@Configuration(proxyBeanMethods = false)
class UsersDefinition {

    @Bean
    ProjectionDefinition users(JdbcTemplate jdbc) {
        return new ProjectionDefinition(
                UsersProjection.NAME,
                UsersProjection.SCHEMA,
                schema -> UserRows.createTables(jdbc, schema),
                schema -> new UsersProjection(new UserRows(jdbc, schema)));
    }
}
