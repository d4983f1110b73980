package io.metabuilder.command.auth;

import io.metabuilder.command.users.StoredUser;
import io.metabuilder.command.users.UserCredentials;
import io.metabuilder.command.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Login issues tokens; {@code /me} tells a client who its token belongs to. */
@RestController
class LoginController {

    private final UserCredentials credentials;
    private final PasswordEncoder encoder;
    private final JwtService jwt;
    private final LoginRateLimiter limiter;
    // Checked when the email is unknown, so both failures take as long as each other.
    private final String decoyHash;

    LoginController(UserCredentials credentials, PasswordEncoder encoder, JwtService jwt, LoginRateLimiter limiter) {
        this.credentials = credentials;
        this.encoder = encoder;
        this.jwt = jwt;
        this.limiter = limiter;
        this.decoyHash = encoder.encode(UUID.randomUUID().toString());
    }

    record LoginRequest(String email, String password) {}

    record TokenResponse(String access_token, String token_type, long expires_in, String role) {}

    @PostMapping(path = "/api/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> login(@RequestBody LoginRequest body, HttpServletRequest request) {
        OptionalLong wait = limiter.attempt(body.email(), request.getRemoteAddr());
        if (wait.isPresent()) {
            return tooManyAttempts(wait.getAsLong(), request);
        }
        Optional<StoredUser> user = authenticate(body);
        if (user.isEmpty()) {
            limiter.failed(body.email());
            return ResponseEntity.status(401)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(401, "Wrong email or password.", request.getRequestURI()));
        }
        limiter.succeeded(body.email());
        StoredUser found = user.get();
        String token = jwt.issue(found.userId(), found.email(), found.role());
        return ResponseEntity.ok(new TokenResponse(
                token, "bearer", jwt.lifetimeSeconds(), found.role().name()));
    }

    private static ResponseEntity<ProblemDetail> tooManyAttempts(long seconds, HttpServletRequest request) {
        return ResponseEntity.status(429)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(429, "Too many login attempts; try again later.", request.getRequestURI()));
    }

    @GetMapping("/api/auth/me")
    AuthenticatedUser me(@AuthenticationPrincipal AuthenticatedUser user) {
        return user;
    }

    private Optional<StoredUser> authenticate(LoginRequest body) {
        if (body.email() == null || body.password() == null) {
            return Optional.empty();
        }
        Optional<StoredUser> user = credentials.findByEmail(body.email()).filter(found -> !found.disabled());
        String hash = user.map(StoredUser::passwordHash).orElse(decoyHash);
        boolean matches = encoder.matches(body.password(), hash);
        return matches ? user : Optional.empty();
    }
}
