package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON Schema (2020-12, as OpenAPI 3.1 uses it) of an entity's records, from its live fields
 * and their rules: the record as read, the body of a create (required fields required) and of a
 * PATCH (nothing required).
 */
final class RecordJsonSchemas {

    private static final List<String> SYSTEM_STRINGS = List.of("created_at", "updated_at", "created_by", "updated_by");

    private final ObjectMapper mapper;

    RecordJsonSchemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode record(List<FieldColumn> fields) {
        ObjectNode schema = object();
        ObjectNode properties = (ObjectNode) schema.get("properties");
        properties.set("id", string("uuid"));
        properties.set(
                "version", mapper.createObjectNode().put("type", "integer").put("format", "int64"));
        SYSTEM_STRINGS.forEach(name -> properties.set(name, string(name.endsWith("_at") ? "date-time" : null)));
        fields.forEach(field -> properties.set(field.name(), value(field, true)));
        schema.putArray("required").add("id").add("version");
        return schema;
    }

    ObjectNode create(List<FieldColumn> fields) {
        ObjectNode schema = object().put("additionalProperties", false);
        ObjectNode properties = (ObjectNode) schema.get("properties");
        ArrayNode required = mapper.createArrayNode();
        for (FieldColumn field : fields) {
            properties.set(field.name(), value(field, false));
            if (field.spec().path("required").asBoolean() && !field.spec().has("defaultValue")) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    ObjectNode patch(List<FieldColumn> fields) {
        ObjectNode schema = object().put("additionalProperties", false);
        fields.forEach(field -> ((ObjectNode) schema.get("properties")).set(field.name(), value(field, false)));
        return schema;
    }

    /** One field's values; {@code output} is the form reads give (DECIMAL always as a string). */
    private ObjectNode value(FieldColumn field, boolean output) {
        JsonNode spec = field.spec();
        ObjectNode schema = mapper.createObjectNode();
        String title = spec.path("displayName").asText(null);
        if (title != null) {
            schema.put("title", title);
        }
        switch (field.type()) {
            case TEXT, LONG_TEXT -> text(schema, spec, null);
            case EMAIL -> text(schema, spec, "email");
            case URL -> text(schema, spec, "uri");
            case ENUM -> schema.put("type", "string")
                    .set("enum", spec.path("options").deepCopy());
            case INTEGER -> bounds(schema.put("type", "integer").put("format", "int64"), spec);
            case DECIMAL -> decimal(schema, spec, output);
            case BOOLEAN -> schema.put("type", "boolean");
            case DATE -> schema.put("type", "string").put("format", "date");
            case DATETIME -> schema.put("type", "string").put("format", "date-time");
            case REFERENCE -> schema.put("type", "string").put("format", "uuid");
            case JSON -> schema.put("description", "Any JSON value.");
        }
        if (spec.has("defaultValue")) {
            schema.set("default", spec.get("defaultValue"));
        }
        return nullable(schema, spec.path("required").asBoolean() && !output);
    }

    private static void text(ObjectNode schema, JsonNode spec, String format) {
        schema.put("type", "string");
        if (format != null) {
            schema.put("format", format);
        }
        if (spec.has("maxLength")) {
            schema.put("maxLength", spec.get("maxLength").asInt());
        }
        if (spec.has("pattern")) {
            schema.put("pattern", spec.get("pattern").asText());
        }
    }

    private void decimal(ObjectNode schema, JsonNode spec, boolean output) {
        if (output) {
            schema.put("type", "string").put("description", "An exact decimal, written as a string.");
            return;
        }
        schema.putArray("type").add("number").add("string");
        schema.put("description", "An exact decimal: a JSON number or a numeric string.");
        bounds(schema, spec);
    }

    private static ObjectNode bounds(ObjectNode schema, JsonNode spec) {
        if (spec.has("min")) {
            schema.set("minimum", spec.get("min"));
        }
        if (spec.has("max")) {
            schema.set("maximum", spec.get("max"));
        }
        return schema;
    }

    /** An optional value may be null: the type list gains "null" (a JSON field takes anything). */
    private static ObjectNode nullable(ObjectNode schema, boolean required) {
        JsonNode type = schema.get("type");
        if (required || type == null) {
            return schema;
        }
        if (type.isArray()) {
            ((ArrayNode) type).add("null");
        } else {
            schema.putArray("type").add(type.asText()).add("null");
        }
        if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
        }
        return schema;
    }

    private ObjectNode string(String format) {
        ObjectNode schema = mapper.createObjectNode().put("type", "string");
        return format == null ? schema : schema.put("format", format);
    }

    private ObjectNode object() {
        ObjectNode schema = mapper.createObjectNode().put("type", "object");
        schema.putObject("properties");
        return schema;
    }
}
