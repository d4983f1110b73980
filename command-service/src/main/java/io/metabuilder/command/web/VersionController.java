package io.metabuilder.command.web;

import io.metabuilder.command.config.AppProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What is running where: for operators and the deploy pipeline's smoke test. */
@RestController
class VersionController {

    private final AppProperties app;

    VersionController(AppProperties app) {
        this.app = app;
    }

    record Version(String version, String commit, String environment) {}

    @GetMapping("/api/version")
    Version version() {
        return new Version(app.version(), app.commit(), app.environment());
    }
}
