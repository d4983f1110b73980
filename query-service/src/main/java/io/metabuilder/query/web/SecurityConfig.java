package io.metabuilder.query.web;

import io.metabuilder.events.users.UserStatusCache;
import io.metabuilder.platform.access.AccessRules;
import io.metabuilder.platform.access.EndpointClass;
import io.metabuilder.query.users.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/** Stateless bearer-token security: health, metrics and version are open; the rest needs a role. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    UserStatusCache userStatus(UserAccounts accounts) {
        return new UserStatusCache(accounts::find);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtVerifier verifier, UserStatusCache status, Problems problems)
            throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new JwtAuthenticationFilter(verifier, status), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(SecurityConfig::rules)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .build();
    }

    /** The shared role matrix ({@link AccessRules}), first match wins; anything else needs a token. */
    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        for (EndpointClass endpoints : AccessRules.MATRIX) {
            String[] patterns = endpoints.patterns().toArray(String[]::new);
            if (endpoints.methods().isEmpty()) {
                allow(rules.requestMatchers(patterns), endpoints);
            }
            for (String method : endpoints.methods()) {
                allow(rules.requestMatchers(HttpMethod.valueOf(method), patterns), endpoints);
            }
        }
        rules.anyRequest().authenticated();
    }

    private static void allow(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url, EndpointClass endpoints) {
        if (endpoints.isPublic()) {
            url.permitAll();
        } else {
            url.hasAnyRole(endpoints.roles().stream().map(Enum::name).sorted().toArray(String[]::new));
        }
    }

    private static AuthenticationEntryPoint unauthorized(Problems problems) {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            String detail = "A valid bearer token is required";
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, detail, request));
        };
    }

    private static AccessDeniedHandler forbidden(Problems problems) {
        return (request, response, e) -> {
            String detail = "Your role does not allow this request";
            problems.write(response, Problems.of(HttpStatus.FORBIDDEN, detail, request));
        };
    }
}
