package io.metabuilder.query.web;

import io.metabuilder.query.projection.ProjectionRegistry;
import io.metabuilder.query.projection.ReadsProjections;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What each endpoint declares it reads ({@link ReadsProjections} on the method, else its
 * controller), checked at start: a misspelt projection would otherwise make every X-Min-Position
 * on that endpoint wait until it times out.
 */
@Component
class ReadDeclarations implements SmartInitializingSingleton {

    private final ProjectionRegistry registry;
    private final RequestMappingHandlerMapping mappings;

    ReadDeclarations(
            ProjectionRegistry registry,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.registry = registry;
        this.mappings = mappings;
    }

    static Optional<List<String>> declared(HandlerMethod method) {
        ReadsProjections declared =
                AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ReadsProjections.class);
        if (declared == null) {
            declared = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ReadsProjections.class);
        }
        return Optional.ofNullable(declared).map(reads -> List.of(reads.value()));
    }

    @Override
    public void afterSingletonsInstantiated() {
        mappings.getHandlerMethods().values().forEach(method -> declared(method).ifPresent(names -> names.stream()
                .filter(name -> registry.find(name).isEmpty())
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalStateException(method + " reads an unknown projection: " + name);
                })));
    }
}
