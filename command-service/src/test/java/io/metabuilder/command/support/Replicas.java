package io.metabuilder.command.support;

import io.metabuilder.command.CommandServiceApplication;
import io.metabuilder.events.common.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole command-service instances on one database, as replicas behind a load balancer run. */
public final class Replicas {

    private Replicas() {}

    public static ConfigurableApplicationContext start(DatabaseUrl url, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--metabuilder.database.url=" + url.jdbcUrl(),
                "--metabuilder.database.username=" + (url.username() == null ? "" : url.username()),
                "--metabuilder.database.password=" + (url.password() == null ? "" : url.password()),
                "--metabuilder.database.max-pool-size=4"));
        arguments.addAll(List.of(more));
        // Arguments, not default properties: they must win over application.yml.
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(arguments.toArray(String[]::new));
    }

    public static Api api(ConfigurableApplicationContext replica) {
        return new Api(((WebServerApplicationContext) replica).getWebServer().getPort());
    }
}
