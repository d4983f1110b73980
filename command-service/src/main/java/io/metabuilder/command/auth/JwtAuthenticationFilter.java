package io.metabuilder.command.auth;

import io.metabuilder.command.web.ProblemWriter;
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
 * Turns a valid bearer token into the request's principal. A token that is present but invalid
 * is answered with 401 right here; no token at all is left to the authorization rules.
 */
class JwtAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final JwtService jwt;
    private final UserStatus status;
    private final ProblemWriter problems;

    JwtAuthenticationFilter(JwtService jwt, UserStatus status, ProblemWriter problems) {
        this.jwt = jwt;
        this.status = status;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AuthenticatedUser> user =
                jwt.verify(header.substring(BEARER.length()).trim()).flatMap(status::current);
        if (user.isEmpty()) {
            problems.write(request, response, 401, "The token is missing, invalid or expired.");
            return;
        }
        var authority = new SimpleGrantedAuthority("ROLE_" + user.get().role().name());
        var authentication = new UsernamePasswordAuthenticationToken(user.get(), null, List.of(authority));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }
}
