package io.metabuilder.query.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.schema.FieldType;
import java.util.LinkedHashMap;
import java.util.Map;

/** One field of every type, and a record holding a value of each in canonical JSON. */
public final class Values {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static final Map<String, FieldType> ALL_TYPES = new LinkedHashMap<>();

    static {
        ALL_TYPES.put("title", FieldType.TEXT);
        ALL_TYPES.put("notes", FieldType.LONG_TEXT);
        ALL_TYPES.put("qty", FieldType.INTEGER);
        ALL_TYPES.put("price", FieldType.DECIMAL);
        ALL_TYPES.put("active", FieldType.BOOLEAN);
        ALL_TYPES.put("due", FieldType.DATE);
        ALL_TYPES.put("seen_at", FieldType.DATETIME);
        ALL_TYPES.put("contact", FieldType.EMAIL);
        ALL_TYPES.put("site", FieldType.URL);
        ALL_TYPES.put("size", FieldType.ENUM);
        ALL_TYPES.put("owner", FieldType.REFERENCE);
        ALL_TYPES.put("extra", FieldType.JSON);
    }

    private Values() {}

    /** Canonical values as command-service puts them into RecordCreated. */
    public static Map<String, JsonNode> sample() {
        return json("{\"title\":\"Widget \\\"☃\\\" O'Brien; DROP TABLE x\",\"notes\":\"line1\\nline2\","
                + "\"qty\":9007199254740993,\"price\":\"12345678901234567890.120\",\"active\":true,"
                + "\"due\":\"2026-02-28\",\"seen_at\":\"2026-01-24T10:30:00.123456Z\","
                + "\"contact\":\"ada@example.com\",\"site\":\"https://example.com/a?b=c\",\"size\":\"M\","
                + "\"owner\":\"5b0d2c3e-8f6a-4f5e-9d3c-2a1b0c9d8e7f\",\"extra\":{\"tags\":[\"a\",1,null],\"n\":1.5}}");
    }

    /** Every field null, the way an empty form arrives. */
    public static Map<String, JsonNode> nulls() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        ALL_TYPES.keySet().forEach(name -> values.put(name, MAPPER.nullNode()));
        return values;
    }

    public static Map<String, JsonNode> json(String object) {
        try {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            MAPPER.readTree(object).fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue()));
            return values;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
