package io.metabuilder.query.records;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.schema.EntitySummary;
import io.metabuilder.query.schema.FieldColumn;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.SelectLimitStep;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads an entity's table: pages and exports of a list query, counts, and single records. */
@Component
class RecordQueries {

    /** Rows an export holds at once: it reads through a server-side cursor, never the whole result. */
    static final int EXPORT_FETCH_SIZE = 500;

    private static final DSLContext SQL = DSL.using(SQLDialect.POSTGRES);
    private static final List<String> SYSTEM_COLUMNS =
            List.of("id", "version", "created_at", "updated_at", "created_by", "updated_by", "deleted");

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    RecordQueries(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Up to {@code limit + 1} matching records in the query's order: the extra one says a next page exists. */
    List<ObjectNode> page(EntitySummary entity, List<FieldColumn> fields, ListQuery query) {
        RecordJson json = new RecordJson(mapper, fields);
        Condition matching = matching(fields, query);
        List<Condition> stretches = query.after()
                .map(values -> RecordSql.after(query.sort(), values))
                .orElse(List.of(DSL.noCondition()));
        List<ObjectNode> rows = new ArrayList<>();
        for (Condition stretch : stretches) {
            int wanted = query.limit() + 1 - rows.size();
            if (wanted <= 0) {
                break;
            }
            Query sql = ordered(entity, fields, matching.and(stretch), query.sort())
                    .limit(wanted)
                    .offset(query.offset());
            rows.addAll(jdbc.query(
                    sql.getSQL(),
                    (row, i) -> json.read(row),
                    sql.getBindValues().toArray()));
        }
        return rows;
    }

    long count(EntitySummary entity, List<FieldColumn> fields, ListQuery query) {
        Query sql = SQL.selectCount().from(RecordSql.tableOf(entity)).where(matching(fields, query));
        return jdbc.queryForObject(sql.getSQL(), Long.class, sql.getBindValues().toArray());
    }

    /** Every matching record in order (an export has no cursor), read in one statement through a cursor of {@link #EXPORT_FETCH_SIZE} rows. */
    void stream(EntitySummary entity, List<FieldColumn> fields, ListQuery query, Consumer<ObjectNode> sink) {
        RecordJson json = new RecordJson(mapper, fields);
        Query sql = ordered(entity, fields, matching(fields, query), query.sort());
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql.getSQL())) {
                statement.setFetchSize(EXPORT_FETCH_SIZE);
                List<Object> binds = sql.getBindValues();
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(json.read(rows));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    Optional<ObjectNode> find(EntitySummary entity, List<FieldColumn> fields, UUID id, boolean includeDeleted) {
        RecordJson json = new RecordJson(mapper, fields);
        Condition live = includeDeleted
                ? DSL.noCondition()
                : field(name("deleted"), Boolean.class).isFalse();
        Query sql = SQL.select(columns(fields))
                .from(RecordSql.tableOf(entity))
                .where(RecordSql.column(Attribute.ID).eq(id).and(live));
        return jdbc
                .query(
                        sql.getSQL(),
                        (row, i) -> json.read(row),
                        sql.getBindValues().toArray())
                .stream()
                .findFirst();
    }

    private static SelectLimitStep<?> ordered(
            EntitySummary entity, List<FieldColumn> fields, Condition where, List<SortKey> sort) {
        return SQL.select(columns(fields))
                .from(RecordSql.tableOf(entity))
                .where(where)
                .orderBy(RecordSql.orderBy(sort));
    }

    private static Condition matching(List<FieldColumn> fields, ListQuery query) {
        List<Attribute> searchable =
                fields.stream().map(Attribute::of).filter(Attribute::isText).toList();
        return RecordSql.matching(query, searchable);
    }

    private static List<Field<?>> columns(List<FieldColumn> fields) {
        List<Field<?>> columns = new ArrayList<>();
        SYSTEM_COLUMNS.forEach(column -> columns.add(field(name(column))));
        fields.forEach(column -> columns.add(field(name(column.column()))));
        return columns;
    }
}
