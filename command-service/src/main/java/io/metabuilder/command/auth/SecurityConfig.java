package io.metabuilder.command.auth;

import io.metabuilder.command.config.AppProperties;
import io.metabuilder.command.web.ProblemWriter;
import java.util.List;
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

    /** Reads are open to every role; writes follow API.md's role table. */
    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/auth/login", "/api/version", "/health", "/health/**", "/metrics", "/error")
                .permitAll()
                .requestMatchers(HttpMethod.OPTIONS, "/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/**")
                .authenticated()
                .requestMatchers("/api/entities/*/records", "/api/entities/*/records/**")
                .hasAnyRole("ADMIN", "USER")
                .requestMatchers("/api/entities", "/api/entities/**", "/api/users", "/api/users/**", "/api/admin/**")
                .hasRole("ADMIN")
                .anyRequest()
                .authenticated();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(AppProperties app) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(app.corsOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "X-Min-Position", "X-Request-ID"));
        cors.setExposedHeaders(List.of("ETag", "X-Position", "X-Request-ID", "Location"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
