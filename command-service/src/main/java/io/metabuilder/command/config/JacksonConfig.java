package io.metabuilder.command.config;

import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies keep decimals as sent: floats are read as BigDecimal (application.yml) and
 * trailing zeros stay, so {@code 12.30} is stored as "12.30", not "12.3".
 */
@Configuration(proxyBeanMethods = false)
class JacksonConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer exactDecimals() {
        return builder -> builder.postConfigurer(
                mapper -> mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false));
    }
}
