package io.metabuilder.query.records;

import io.metabuilder.query.schema.FieldColumn;
import io.metabuilder.query.web.ApiException;
import io.metabuilder.query.web.PageLimit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * Turns the query string of a record list (or export) into a {@link ListQuery}, checked against the
 * entity's fields: every problem is a 400 naming its parameter, and no SQL exists until this succeeded.
 * Parameters it does not know are left alone (X-Min-Position and friends travel as headers).
 */
final class ListParameters {

    static final int MAX_OFFSET = 10_000;
    private static final List<SortKey> DEFAULT_SORT =
            List.of(new SortKey(Attribute.CREATED_AT, false), new SortKey(Attribute.ID, false));

    private ListParameters() {}

    static ListQuery parse(MultiValueMap<String, String> query, List<FieldColumn> fields) {
        List<Attribute> attributes = Attribute.all(fields);
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getKey().startsWith("filter")) {
                filters.add(FilterParameters.parse(parameter.getKey(), parameter.getValue(), attributes));
            }
        }
        Optional<String> q = single(query, "q").filter(text -> !text.isEmpty());
        List<SortKey> sort =
                single(query, "sort").map(text -> sort(text, attributes)).orElse(DEFAULT_SORT);
        Optional<String> cursor = single(query, "cursor");
        int offset = single(query, "offset").map(ListParameters::offset).orElse(0);
        if (cursor.isPresent() && offset > 0) {
            throw ApiException.badParameter("offset", "give cursor or offset, not both");
        }
        return new ListQuery(
                filters,
                q,
                sort,
                PageLimit.parse(single(query, "limit").orElse(null)),
                offset,
                cursor.map(text -> PageCursor.decode(text, sort, ListQuery.fingerprint(filters, q))),
                single(query, "count").map(ListParameters::countExact).orElse(false),
                single(query, "fields").map(text -> fields(text, attributes)));
    }

    private static Optional<String> single(MultiValueMap<String, String> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw ApiException.badParameter(name, "given more than once");
        }
        return Optional.of(values.get(0));
    }

    /** Keys as given, then {@code id} ascending unless already named: the order is total. */
    private static List<SortKey> sort(String text, List<Attribute> attributes) {
        List<SortKey> keys = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String token : text.split(",", -1)) {
            boolean descending = token.startsWith("-");
            String name = descending ? token.substring(1) : token;
            Attribute attribute = Attribute.named(attributes, name)
                    .orElseThrow(() ->
                            ApiException.badParameter("sort", "no field " + (name.isEmpty() ? "named ''" : name)));
            if (!attribute.isSortable()) {
                throw ApiException.badParameter("sort", name + " is a JSON field, which has no order");
            }
            if (!seen.add(name)) {
                throw ApiException.badParameter("sort", name + " is named twice");
            }
            keys.add(new SortKey(attribute, descending));
        }
        if (!seen.contains(Attribute.ID.name())) {
            keys.add(new SortKey(Attribute.ID, false));
        }
        return List.copyOf(keys);
    }

    private static int offset(String text) {
        try {
            int offset = Integer.parseInt(text.trim());
            if (offset >= 0 && offset <= MAX_OFFSET) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw ApiException.badParameter("offset", "a whole number from 0 to " + MAX_OFFSET);
    }

    private static boolean countExact(String text) {
        if (!text.equals("exact")) {
            throw ApiException.badParameter("count", "the only count is exact");
        }
        return true;
    }

    /** The names to show; {@code id} is always among them. */
    private static Set<String> fields(String text, List<Attribute> attributes) {
        Set<String> names = new LinkedHashSet<>();
        names.add(Attribute.ID.name());
        for (String name : text.split(",")) {
            if (!name.isEmpty()) {
                Attribute.named(attributes, name)
                        .orElseThrow(() -> ApiException.badParameter("fields", "no field " + name));
                names.add(name);
            }
        }
        return names;
    }
}
