package io.metabuilder.query.records;

import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

import io.metabuilder.query.projection.ReadModelNames;
import io.metabuilder.query.schema.EntitySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The SQL pieces of a list query, built with jOOQ's DSL from generated identifiers only: every value
 * travels as a bind parameter, every name is a column of the entity's table (entity_hex, f_hex).
 */
final class RecordSql {

    private static final Field<Boolean> DELETED = field(name("deleted"), SQLDataType.BOOLEAN);
    private static final char ESCAPE = '\\';

    private RecordSql() {}

    /** The entity's table in the live entity-tables schema; its generated name is checked on the way. */
    static Table<?> tableOf(EntitySummary entity) {
        ReadModelNames.quote(entity.tableName());
        return table(name(ReadModelNames.ENTITY_TABLES_SCHEMA, entity.tableName()));
    }

    /** The live rows the query's filters and search select. */
    static Condition matching(ListQuery query, List<Attribute> searchable) {
        Condition condition = DELETED.isFalse();
        for (Filter filter : query.filters()) {
            condition = condition.and(condition(filter));
        }
        return condition.and(query.q().map(q -> search(q, searchable)).orElse(noCondition()));
    }

    /**
     * The rows after the cursor's position, as conditions to read one after the other: each one is a
     * contiguous stretch of the order that an index on the first key serves as a range. Nulls make
     * two stretches of an ascending key (the values from the cursor on, then the nulls) and of a
     * descending one whose cursor is still among the nulls (the nulls left, then every value).
     */
    static List<Condition> after(List<SortKey> sort, List<Object> values) {
        if (sort.stream()
                .allMatch(key -> !key.attribute().nullable()
                        && key.descending() == sort.get(0).descending())) {
            return List.of(rowAfter(sort, values));
        }
        Condition seek = seek(sort, values);
        SortKey first = sort.get(0);
        Field<Object> column = column(first.attribute());
        Object value = values.get(0);
        if (value == null) {
            return first.descending()
                    ? List.of(column.isNull().and(seek), column.isNotNull())
                    : List.of(column.isNull().and(seek));
        }
        Condition range = first.descending() ? column.le(value) : column.ge(value);
        return first.descending() || !first.attribute().nullable()
                ? List.of(range.and(seek))
                : List.of(range.and(seek), column.isNull());
    }

    /** The rows after the position: after it on the first key, or equal there and after on the next, … */
    private static Condition seek(List<SortKey> sort, List<Object> values) {
        List<Condition> branches = new ArrayList<>();
        Condition equalSoFar = noCondition();
        for (int i = 0; i < sort.size(); i++) {
            SortKey key = sort.get(i);
            Field<Object> column = column(key.attribute());
            Object value = values.get(i);
            afterOn(key, column, value).map(equalSoFar::and).ifPresent(branches::add);
            equalSoFar = equalSoFar.and(value == null ? column.isNull() : column.eq(value));
        }
        return branches.isEmpty() ? falseCondition() : or(branches);
    }

    static List<SortField<?>> orderBy(List<SortKey> sort) {
        return sort.stream()
                .<SortField<?>>map(key -> key.descending()
                        ? column(key.attribute()).desc().nullsFirst()
                        : column(key.attribute()).asc().nullsLast())
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Field<Object> column(Attribute attribute) {
        return (Field<Object>) field(name(attribute.column()), dataType(attribute));
    }

    /** Ascending puts nulls last, descending first: what comes after {@code value} on this key alone. */
    private static Optional<Condition> afterOn(SortKey key, Field<Object> column, Object value) {
        if (!key.descending()) {
            if (value == null) {
                return Optional.empty();
            }
            return Optional.of(key.attribute().nullable() ? column.gt(value).or(column.isNull()) : column.gt(value));
        }
        return Optional.of(value == null ? column.isNotNull() : column.lt(value));
    }

    /** Keys that are never null and share one direction: a row comparison an index range scan serves. */
    private static Condition rowAfter(List<SortKey> sort, List<Object> values) {
        Field<?>[] columns = sort.stream().map(key -> column(key.attribute())).toArray(Field<?>[]::new);
        Field<?>[] bound = new Field<?>[sort.size()];
        for (int i = 0; i < sort.size(); i++) {
            bound[i] = val(values.get(i), column(sort.get(i).attribute()));
        }
        return sort.get(0).descending()
                ? row(columns).lt(row(bound))
                : row(columns).gt(row(bound));
    }

    private static Condition condition(Filter filter) {
        Field<Object> column = column(filter.attribute());
        return switch (filter.operator()) {
            case EQ -> column.eq(filter.value());
            case NE -> column.ne(filter.value());
            case GT -> column.gt(filter.value());
            case GTE -> column.ge(filter.value());
            case LT -> column.lt(filter.value());
            case LTE -> column.le(filter.value());
            case IN -> column.in(filter.values());
            case CONTAINS -> text(filter.attribute()).likeIgnoreCase("%" + escaped(filter.value()) + "%", ESCAPE);
            case STARTS_WITH -> text(filter.attribute()).likeIgnoreCase(escaped(filter.value()) + "%", ESCAPE);
            case IS_NULL -> Boolean.TRUE.equals(filter.value()) ? column.isNull() : column.isNotNull();
        };
    }

    /** Case-insensitive substring across the text-like fields; with none, nothing matches. */
    private static Condition search(String q, List<Attribute> searchable) {
        String pattern = "%" + escaped(q) + "%";
        List<Condition> any = searchable.stream()
                .map(attribute -> text(attribute).likeIgnoreCase(pattern, ESCAPE))
                .toList();
        return any.isEmpty() ? falseCondition() : or(any);
    }

    private static Field<String> text(Attribute attribute) {
        return field(name(attribute.column()), SQLDataType.VARCHAR);
    }

    private static String escaped(Object text) {
        return text.toString().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static DataType<?> dataType(Attribute attribute) {
        return switch (attribute.type()) {
            case TEXT, LONG_TEXT, EMAIL, URL, ENUM -> SQLDataType.VARCHAR;
            case INTEGER -> SQLDataType.BIGINT;
            case DECIMAL -> SQLDataType.NUMERIC;
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case DATE -> SQLDataType.LOCALDATE;
            case DATETIME -> SQLDataType.TIMESTAMPWITHTIMEZONE;
            case REFERENCE -> SQLDataType.UUID;
            case JSON -> SQLDataType.JSONB;
        };
    }
}
