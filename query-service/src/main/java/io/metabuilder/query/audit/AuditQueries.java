package io.metabuilder.query.audit;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the live audit trail: newest first, filtered, one keyset page at a time. */
@Component
class AuditQueries {

    private static final DSLContext SQL = DSL.using(SQLDialect.POSTGRES);
    private static final Table<?> EVENTS = table(name(AuditProjection.SCHEMA, "audit_events"));
    private static final Table<?> ENTITY_NAMES = table(name(AuditProjection.SCHEMA, "entity_names"));
    private static final Field<Long> POSITION = field(name("position"), SQLDataType.BIGINT);
    private static final Field<OffsetDateTime> OCCURRED_AT =
            field(name("occurred_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<String> EVENT_TYPE = field(name("event_type"), SQLDataType.VARCHAR);
    private static final Field<String> AGGREGATE_ID = field(name("aggregate_id"), SQLDataType.VARCHAR);
    private static final Field<UUID> ENTITY_ID = field(name("entity_id"), SQLDataType.UUID);
    private static final Field<String> USER_ID = field(name("user_id"), SQLDataType.VARCHAR);
    private static final Field<String> USER_EMAIL = field(name("user_email"), SQLDataType.VARCHAR);
    private static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR);

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    AuditQueries(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** The id of the entity the audit trail knows by this name (case-insensitive), if any. */
    Optional<UUID> entityNamed(String name) {
        Query query = SQL.select(ENTITY_ID)
                .from(ENTITY_NAMES)
                .where(lower(NAME).eq(name.toLowerCase(Locale.ROOT)))
                .limit(1);
        return jdbc
                .queryForList(query.getSQL(), UUID.class, query.getBindValues().toArray())
                .stream()
                .findFirst();
    }

    /** Up to {@code limit} rows below the cursor (or from the newest), newest first. */
    List<ObjectNode> page(AuditFilter filter, Optional<AuditCursor> after, int limit) {
        Condition below = after.map(cursor -> POSITION.lt(cursor.before())).orElse(noCondition());
        Query query = SQL.select(DSL.asterisk())
                .from(EVENTS)
                .where(matching(filter).and(below))
                .orderBy(POSITION.desc())
                .limit(limit);
        return jdbc.query(query.getSQL(), this::row, query.getBindValues().toArray());
    }

    private static Condition matching(AuditFilter filter) {
        Condition condition = noCondition();
        condition = condition.and(filter.entityId().map(ENTITY_ID::eq).orElse(noCondition()));
        condition = condition.and(
                filter.recordId().map(id -> AGGREGATE_ID.eq(id.toString())).orElse(noCondition()));
        condition = condition.and(
                filter.userId().map(id -> USER_ID.eq(id.toString())).orElse(noCondition()));
        condition = condition.and(filter.userEmail()
                .map(email -> lower(USER_EMAIL).eq(email.toLowerCase(Locale.ROOT)))
                .orElse(noCondition()));
        condition = condition.and(filter.types().isEmpty() ? noCondition() : EVENT_TYPE.in(filter.types()));
        condition = condition.and(filter.from()
                .map(from -> OCCURRED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .orElse(noCondition()));
        return condition.and(filter.to()
                .map(to -> OCCURRED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .orElse(noCondition()));
    }

    /** A row in the API's shape: {position, timestamp, eventType, …, user: {id, email}, …, payload}. */
    private ObjectNode row(ResultSet rs, int i) throws SQLException {
        ObjectNode row = mapper.createObjectNode();
        row.put("position", rs.getLong("position"));
        row.put(
                "timestamp",
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant().toString());
        row.put("eventType", rs.getString("event_type"));
        row.put("aggregateType", rs.getString("aggregate_type"));
        row.put("aggregateId", rs.getString("aggregate_id"));
        row.put("entityId", rs.getString("entity_id"));
        row.putObject("user").put("id", rs.getString("user_id")).put("email", rs.getString("user_email"));
        row.put("role", rs.getString("role"));
        row.put("clientAddress", rs.getString("client_address"));
        row.put("requestId", rs.getString("request_id"));
        row.put("summary", rs.getString("summary"));
        try {
            row.set("payload", mapper.readTree(rs.getString("payload")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit payload at position " + row.get("position") + " is not JSON", e);
        }
        return row;
    }
}
