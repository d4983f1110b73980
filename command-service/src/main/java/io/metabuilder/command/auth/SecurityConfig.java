package io.metabuilder.command.auth;

import io.metabuilder.command.config.AppProperties;
import io.metabuilder.command.web.ProblemWriter;
import io.metabuilder.platform.access.AccessRules;
import io.metabuilder.platform.access.EndpointClass;
import io.metabuilder.platform.requests.CorsPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** Stateless bearer-token security: who may write what is decided here, by path and role. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtService jwt, UserStatus status, ProblemWriter problems)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .cors(cors -> {})
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, 401, "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, 403, "Your role may not do this.")))
                .authorizeHttpRequests(SecurityConfig::rules)
                .addFilterBefore(
                        new JwtAuthenticationFilter(jwt, status, problems), UsernamePasswordAuthenticationFilter.class);
        return http.build();
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

    @Bean
    CorsConfigurationSource corsConfigurationSource(AppProperties app) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(CorsPolicy.origins(app.corsOrigins()));
        cors.setAllowedMethods(CorsPolicy.ALLOWED_METHODS);
        cors.setAllowedHeaders(CorsPolicy.ALLOWED_HEADERS);
        cors.setExposedHeaders(CorsPolicy.EXPOSED_HEADERS);
        cors.setMaxAge(CorsPolicy.PREFLIGHT_CACHE);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
