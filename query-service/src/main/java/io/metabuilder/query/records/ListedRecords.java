package io.metabuilder.query.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** How a record of a list is shown and where the next page starts after it. */
final class ListedRecords {

    private ListedRecords() {}

    /** The record with only the fields the query asked for (id always), or whole. */
    static ObjectNode shown(ObjectNode record, ListQuery query) {
        query.fields().ifPresent(record::retain);
        return record;
    }

    /** The cursor after {@code last}: its values of the sort keys, as the record's JSON writes them. */
    static String cursorAfter(ObjectNode last, ListQuery query) {
        List<String> values = new ArrayList<>();
        for (SortKey key : query.sort()) {
            JsonNode value = last.path(key.attribute().name());
            values.add(value.isNull() || value.isMissingNode() ? null : value.asText());
        }
        return PageCursor.encode(query.sortCanonical(), query.fingerprint(), values);
    }
}
