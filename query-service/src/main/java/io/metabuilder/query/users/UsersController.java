package io.metabuilder.query.users;

import io.metabuilder.query.projection.ReadsProjections;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/users for ADMIN and AUDITOR (SecurityConfig): every user, by email, never a password. */
@RestController
@ReadsProjections(UsersProjection.NAME)
class UsersController {

    private final UserAccounts accounts;

    UsersController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/users")
    Map<String, List<Map<String, Object>>> list() {
        return Map.of("data", accounts.all());
    }
}
