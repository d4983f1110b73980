package io.metabuilder.command.views;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Rebuilds the command-side views before anything else runs when they are missing or outdated. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ViewsAtStartup implements ApplicationRunner {

    private final CommandViews views;

    ViewsAtStartup(CommandViews views) {
        this.views = views;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!views.areCurrent()) {
            views.rebuild();
        }
    }
}
