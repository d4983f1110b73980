package io.metabuilder.events.common;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, writing events under their {@link EventTypeNames stable names}
 * instead of their class names. Anything else (metadata, tokens) keeps its class name.
 */
public class StableTypeNameSerializer extends JacksonSerializer {

    public StableTypeNameSerializer(JacksonSerializer.Builder builder) {
        super(builder);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return EventTypeNames.nameOf(type)
                .<SerializedType>map(name ->
                        new SimpleSerializedType(name, getRevisionResolver().revisionOf(type)))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return EventTypeNames.classOf(serializedType.getName())
                .map(Class::getName)
                .orElseGet(() -> super.resolveClassName(serializedType));
    }
}
