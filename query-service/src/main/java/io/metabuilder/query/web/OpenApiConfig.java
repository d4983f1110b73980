package io.metabuilder.query.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OpenAPI 3.1 document of this service's controllers at {@code /v3/api-docs}, open without a token
 * (its own filter chain, ahead of the API's). The gateway combines both services' documents into
 * {@code /api/openapi.json}.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:openapi.properties")
class OpenApiConfig {

    @Bean
    OpenAPI metabuilderOpenApi(@Value("${metabuilder.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("MetaBuilder query-service")
                        .version(version)
                        .description("Read side: schema and record reads, projections."))
                .components(new Components()
                        .addSchemas("Problem", problemSchema())
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * Every operation gets a summary (the handler's name in words, unless annotated) and the
     * problem+json answer that every 4xx of the platform shares.
     */
    @Bean
    OperationCustomizer summariesAndProblems() {
        return (operation, handler) -> {
            if (operation.getSummary() == null) {
                operation.setSummary(words(handler.getMethod().getName()));
            }
            boolean has4xx = operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("4"));
            if (!has4xx) {
                operation.getResponses().addApiResponse("4XX", problemResponse());
            }
            return operation;
        };
    }

    private static String words(String camelCase) {
        String spaced = camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static ApiResponse problemResponse() {
        return new ApiResponse()
                .description("The request was refused: an RFC 9457 problem (see `type` and `errors`).")
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    private static Schema<?> problemSchema() {
        return new Schema<>()
                .type("object")
                .description("RFC 9457 problem details, with the field errors of a failed validation.")
                .properties(Map.of(
                        "type", new Schema<>().type("string").format("uri"),
                        "title", new Schema<>().type("string"),
                        "status", new Schema<>().type("integer"),
                        "detail", new Schema<>().type("string"),
                        "instance", new Schema<>().type("string"),
                        "errors", new Schema<>().type("array").items(new Schema<>().type("object"))));
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain openApiDocument(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .build();
    }
}
