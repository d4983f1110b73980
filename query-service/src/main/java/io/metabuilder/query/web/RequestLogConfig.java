package io.metabuilder.query.web;

import io.metabuilder.platform.requests.RequestLog;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Runs the shared request filter ({@link RequestLog}) first, before security, for every path. */
@Configuration(proxyBeanMethods = false)
class RequestLogConfig {

    @Bean
    FilterRegistrationBean<RequestLog> requestLog() {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
