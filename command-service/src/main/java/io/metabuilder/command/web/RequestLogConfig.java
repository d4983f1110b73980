package io.metabuilder.command.web;

import io.metabuilder.platform.requests.QueryStringCheck;
import io.metabuilder.platform.requests.RequestLog;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Runs the shared request filters first, before security, for every path: {@link RequestLog}, then
 * {@link QueryStringCheck} (so its 400s are logged, carry a request id and, in query-service, come
 * after the CORS filter, so an allowed origin can read them).
 */
@Configuration(proxyBeanMethods = false)
class RequestLogConfig {

    @Bean
    FilterRegistrationBean<RequestLog> requestLog() {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<QueryStringCheck> queryStringCheck() {
        FilterRegistrationBean<QueryStringCheck> registration = new FilterRegistrationBean<>(new QueryStringCheck());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
