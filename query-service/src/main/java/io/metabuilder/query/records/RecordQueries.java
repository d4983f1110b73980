package io.metabuilder.query.records;

import static io.metabuilder.query.projection.ReadModelNames.qualifiedTable;
import static io.metabuilder.query.projection.ReadModelNames.quote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.schema.EntitySummary;
import io.metabuilder.query.schema.FieldColumn;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads an entity's table: keyset pages in (created_at, id) order, and single records. */
@Component
class RecordQueries {

    private static final String SYSTEM_COLUMNS = "id, version, created_at, updated_at, created_by, updated_by, deleted";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    RecordQueries(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Up to {@code limit + 1} live records after {@code after}: the extra one says a next page exists. */
    List<ObjectNode> page(EntitySummary entity, List<FieldColumn> fields, int limit, Optional<PageCursor> after) {
        RecordJson json = new RecordJson(mapper, fields);
        List<Object> args = new ArrayList<>();
        StringBuilder sql = select(entity, fields).append(" WHERE NOT deleted");
        after.ifPresent(cursor -> {
            sql.append(" AND (created_at, id) > (?, ?)");
            args.add(Timestamp.from(cursor.createdAt()));
            args.add(cursor.id());
        });
        sql.append(" ORDER BY created_at, id LIMIT ?");
        args.add(limit + 1);
        return jdbc.query(sql.toString(), (row, i) -> json.read(row), args.toArray());
    }

    Optional<ObjectNode> find(EntitySummary entity, List<FieldColumn> fields, UUID id, boolean includeDeleted) {
        RecordJson json = new RecordJson(mapper, fields);
        String sql = select(entity, fields)
                .append(" WHERE id = ?")
                .append(includeDeleted ? "" : " AND NOT deleted")
                .toString();
        return jdbc.query(sql, (row, i) -> json.read(row), id).stream().findFirst();
    }

    private static StringBuilder select(EntitySummary entity, List<FieldColumn> fields) {
        StringBuilder sql = new StringBuilder("SELECT ").append(SYSTEM_COLUMNS);
        fields.forEach(field -> sql.append(", ").append(quote(field.column())));
        return sql.append(" FROM ").append(qualifiedTable(entity.tableName()));
    }
}
