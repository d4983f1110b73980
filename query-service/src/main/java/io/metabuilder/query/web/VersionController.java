package io.metabuilder.query.web;

import io.metabuilder.query.config.ServiceProperties;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What is deployed: the build version, the commit it was built from and the environment. */
@RestController
class VersionController {

    private final ServiceProperties properties;

    VersionController(ServiceProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/version")
    Map<String, String> version() {
        return Map.of(
                "version", properties.version(),
                "commit", properties.commit(),
                "environment", properties.environment());
    }
}
