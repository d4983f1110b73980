package io.metabuilder.query.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.schema.FieldColumn;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Turns a row of an entity table into the flat record JSON of the API: values by field name, in
 * their canonical output form (DECIMAL as an exact string, DATETIME in UTC), beside the system fields.
 */
final class RecordJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final List<FieldColumn> fields;

    RecordJson(ObjectMapper mapper, List<FieldColumn> fields) {
        this.mapper = mapper;
        this.fields = fields;
    }

    ObjectNode read(ResultSet row) throws SQLException {
        ObjectNode record = JSON.objectNode()
                .put("id", row.getObject("id", UUID.class).toString())
                .put("version", row.getLong("version"));
        for (FieldColumn field : fields) {
            record.set(field.name(), value(row, field));
        }
        record.put("created_at", instant(row, "created_at"));
        record.put("updated_at", instant(row, "updated_at"));
        record.put("created_by", row.getString("created_by"));
        record.put("updated_by", row.getString("updated_by"));
        if (row.getBoolean("deleted")) {
            record.put("deleted", true);
        }
        return record;
    }

    private JsonNode value(ResultSet row, FieldColumn field) throws SQLException {
        String column = field.column();
        JsonNode value =
                switch (field.type()) {
                    case TEXT, LONG_TEXT, EMAIL, URL, ENUM -> JSON.textNode(row.getString(column));
                    case INTEGER -> JSON.numberNode(row.getLong(column));
                    case DECIMAL -> decimal(row.getBigDecimal(column));
                    case BOOLEAN -> JSON.booleanNode(row.getBoolean(column));
                    case DATE -> text(row.getObject(column, LocalDate.class));
                    case DATETIME -> JSON.textNode(instant(row, column));
                    case REFERENCE -> text(row.getObject(column, UUID.class));
                    case JSON -> json(row.getString(column));
                };
        return row.wasNull() ? NullNode.getInstance() : value;
    }

    private static String instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant().toString();
    }

    private static JsonNode decimal(BigDecimal value) {
        return value == null ? NullNode.getInstance() : JSON.textNode(value.toPlainString());
    }

    private static JsonNode text(Object value) {
        return value == null ? NullNode.getInstance() : JSON.textNode(value.toString());
    }

    private JsonNode json(String value) {
        try {
            return value == null ? NullNode.getInstance() : mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("jsonb column holds invalid JSON", e);
        }
    }
}
