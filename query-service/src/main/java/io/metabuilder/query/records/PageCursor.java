package io.metabuilder.query.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.web.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A keyset position: the sort keys' values of the last record of a page, with the sort and the
 * fingerprint of the filters it was made for. Opaque to clients (base64url JSON) but checked on the
 * way back in, so a forged cursor, or one made for another sort or filter, is a 400.
 */
final class PageCursor {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PARAMETER = "cursor";

    private PageCursor() {}

    /** {@code values} are the sort keys' values of the last record in their JSON text form, null for null. */
    static String encode(String sort, String fingerprint, List<String> values) {
        ObjectNode json = MAPPER.createObjectNode().put("sort", sort).put("filter", fingerprint);
        ArrayNode after = json.putArray("after");
        values.forEach(after::add);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The typed values of the position, for a query with this sort and filter fingerprint. */
    static List<Object> decode(String cursor, List<SortKey> sort, String fingerprint) {
        JsonNode json = read(cursor);
        if (!json.path("sort").asText().equals(ListQuery.canonicalSort(sort))) {
            throw ApiException.badParameter(PARAMETER, "this cursor was made for another sort");
        }
        if (!json.path("filter").asText().equals(fingerprint)) {
            throw ApiException.badParameter(PARAMETER, "this cursor was made for other filters or another q");
        }
        JsonNode after = json.path("after");
        if (!after.isArray() || after.size() != sort.size()) {
            throw invalid();
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < sort.size(); i++) {
            JsonNode value = after.get(i);
            if (value.isNull()) {
                values.add(null);
            } else if (value.isTextual()) {
                values.add(TypedValues.parse(sort.get(i).attribute().type(), value.asText())
                        .orElseThrow(PageCursor::invalid));
            } else {
                throw invalid();
            }
        }
        return values;
    }

    private static JsonNode read(String cursor) {
        try {
            JsonNode json = MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
            if (json == null || !json.isObject()) {
                throw invalid();
            }
            return json;
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.badParameter(PARAMETER, "not a cursor of this list; request the first page again");
    }
}
