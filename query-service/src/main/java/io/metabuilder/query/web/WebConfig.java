package io.metabuilder.query.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Applies read-your-writes to every query of the API. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final ReadPositionInterceptor readPosition;

    WebConfig(ReadPositionInterceptor readPosition) {
        this.readPosition = readPosition;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readPosition).addPathPatterns("/api/**").excludePathPatterns("/api/version");
    }
}
