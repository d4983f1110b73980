package io.metabuilder.query.web;

import io.metabuilder.platform.requests.CorsPolicy;
import io.metabuilder.query.config.ServiceProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** CORS per the shared {@link CorsPolicy}, applied before security so that preflights never need a token. */
@Configuration(proxyBeanMethods = false)
class CorsConfig {

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(ServiceProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(CorsPolicy.origins(properties.corsOrigins()));
        cors.setAllowedMethods(CorsPolicy.ALLOWED_METHODS);
        cors.setAllowedHeaders(CorsPolicy.ALLOWED_HEADERS);
        cors.setExposedHeaders(CorsPolicy.EXPOSED_HEADERS);
        cors.setMaxAge(CorsPolicy.PREFLIGHT_CACHE);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new QuietCorsProcessor());
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Another origin's plain request gets an answer without CORS headers (the browser blocks it), not a 403. */
    static class QuietCorsProcessor extends DefaultCorsProcessor {

        @Override
        public boolean processRequest(
                CorsConfiguration config, HttpServletRequest request, HttpServletResponse response) throws IOException {
            boolean foreign = config != null && config.checkOrigin(request.getHeader(HttpHeaders.ORIGIN)) == null;
            if (foreign && !CorsUtils.isPreFlightRequest(request)) {
                return true;
            }
            return super.processRequest(config, request, response);
        }
    }
}
