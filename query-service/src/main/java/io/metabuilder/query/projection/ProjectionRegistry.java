package io.metabuilder.query.projection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Every projection of the query side, by name. Each capability contributes its definition as a
 * bean; each becomes a tracking processor with a token of its own ({@link ProjectionProcessors}).
 */
@Component
public class ProjectionRegistry {

    private final Map<String, ProjectionDefinition> definitions = new TreeMap<>();

    ProjectionRegistry(List<ProjectionDefinition> definitions) {
        definitions.forEach(definition -> {
            if (this.definitions.put(definition.name(), definition) != null) {
                throw new IllegalStateException("two projections are named " + definition.name());
            }
        });
    }

    /** The names of all projections, sorted. */
    public List<String> names() {
        return List.copyOf(definitions.keySet());
    }

    public Optional<ProjectionDefinition> find(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    Collection<ProjectionDefinition> all() {
        return definitions.values();
    }
}
