package io.metabuilder.command.users;

import io.metabuilder.command.auth.AuthProperties;
import io.metabuilder.command.config.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when nobody can log in yet. */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    // The development default; a production admin must not be guessable from the docs.
    private static final String DEVELOPMENT_PASSWORD = "admin-password";

    private final UserRegistration registration;
    private final AuthProperties auth;
    private final AppProperties app;

    AdminBootstrap(UserRegistration registration, AuthProperties auth, AppProperties app) {
        this.registration = registration;
        this.auth = auth;
        this.app = app;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(auth.adminEmail()) || !StringUtils.hasText(auth.adminPassword())) {
            log.warn("ADMIN_EMAIL or ADMIN_PASSWORD is not set: no first admin is created");
            return;
        }
        if (app.isProduction() && DEVELOPMENT_PASSWORD.equals(auth.adminPassword())) {
            log.warn("ADMIN_PASSWORD is the development default: no first admin is created in production");
            return;
        }
        if (registration.registerFirstAdmin(auth.adminEmail(), auth.adminPassword())) {
            log.info("first admin registered as {}", auth.adminEmail());
        }
    }
}
