package io.metabuilder.command.config;

import com.zaxxer.hikari.HikariDataSource;
import io.metabuilder.events.common.DatabaseUrl;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/** The pool, built from {@code DATABASE_URL} because providers hand out the postgresql:// form. */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    @Bean
    DataSource dataSource(DatabaseProperties properties) {
        DatabaseUrl url = DatabaseUrl.parse(properties.url());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("command-db");
        dataSource.setJdbcUrl(url.jdbcUrl());
        dataSource.setUsername(pick(properties.username(), url.username()));
        dataSource.setPassword(pick(properties.password(), url.password()));
        dataSource.setMaximumPoolSize(properties.maxPoolSize() > 0 ? properties.maxPoolSize() : 10);
        return dataSource;
    }

    private static String pick(String override, String fromUrl) {
        return StringUtils.hasText(override) ? override : fromUrl;
    }
}
