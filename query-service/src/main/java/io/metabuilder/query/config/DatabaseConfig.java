package io.metabuilder.query.config;

import com.zaxxer.hikari.HikariDataSource;
import io.metabuilder.events.common.DatabaseUrl;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one PostgreSQL database, located by DATABASE_URL in the provider's postgresql:// form. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(ServiceProperties properties) {
        DatabaseUrl url = DatabaseUrl.parse(properties.databaseUrl());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url.jdbcUrl());
        dataSource.setUsername(url.username());
        dataSource.setPassword(url.password());
        dataSource.setPoolName("query-service");
        return dataSource;
    }
}
