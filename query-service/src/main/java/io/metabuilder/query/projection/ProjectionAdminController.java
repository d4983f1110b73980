package io.metabuilder.query.projection;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lists the projections and rebuilds one from the event store (roles are checked by security). */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionMonitor monitor;
    private final ProjectionReplays replays;

    ProjectionAdminController(ProjectionMonitor monitor, ProjectionReplays replays) {
        this.monitor = monitor;
        this.replays = replays;
    }

    @GetMapping
    Map<String, List<ProjectionState>> list() {
        return Map.of("data", monitor.states());
    }

    /** Builds the projection anew beside the live one, which keeps serving until the swap. */
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> replay(@PathVariable String name) {
        replays.start(name);
        return Map.of("name", name, "status", "replaying");
    }
}
