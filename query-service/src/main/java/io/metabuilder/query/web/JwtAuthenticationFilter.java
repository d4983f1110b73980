package io.metabuilder.query.web;

import io.metabuilder.events.users.UserStatusCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request from its bearer token. A missing or invalid token leaves the request
 * anonymous; the authorization rules then answer 401 where authentication is required.
 */
class JwtAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final JwtVerifier verifier;
    private final UserStatusCache status;

    JwtAuthenticationFilter(JwtVerifier verifier, UserStatusCache status) {
        this.verifier = verifier;
        this.status = status;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            verifier.verify(header.substring(BEARER.length()).trim())
                    .flatMap(this::current)
                    .ifPresent(user -> {
                        var authority =
                                new SimpleGrantedAuthority("ROLE_" + user.role().name());
                        var authentication = new UsernamePasswordAuthenticationToken(user, null, List.of(authority));
                        SecurityContextHolder.getContext().setAuthentication(authentication);
                    });
        }
        chain.doFilter(request, response);
    }

    /**
     * The shared user-status rule: a disabled user is anonymous, a changed role applies. A user the
     * users projection has not seen yet (registered a moment ago) keeps what the signed token says.
     */
    private Optional<CurrentUser> current(CurrentUser claimed) {
        Optional<UserStatusCache.Account> account = status.account(claimed.id());
        if (account.isEmpty()) {
            return Optional.of(claimed);
        }
        return account.filter(known -> !known.disabled())
                .map(known -> new CurrentUser(known.id(), known.email(), known.role()));
    }
}
