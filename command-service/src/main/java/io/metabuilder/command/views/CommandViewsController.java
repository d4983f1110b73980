package io.metabuilder.command.views;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/command-views/rebuild} (ADMIN): drops and rebuilds the command-side views. */
@RestController
class CommandViewsController {

    private final CommandViews views;

    CommandViewsController(CommandViews views) {
        this.views = views;
    }

    @PostMapping("/api/admin/command-views/rebuild")
    CommandViews.Rebuilt rebuild() throws Exception {
        return views.rebuild();
    }
}
