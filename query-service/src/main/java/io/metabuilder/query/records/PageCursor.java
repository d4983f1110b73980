package io.metabuilder.query.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.web.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position: the sort key and id of the last record of a page. Opaque to clients
 * (base64url JSON) but validated on the way back in, so a forged or foreign cursor is a 400.
 */
record PageCursor(Instant createdAt, UUID id) {

    static final String SORT = "created_at";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    String encode() {
        ObjectNode json = MAPPER.createObjectNode().put("sort", SORT);
        json.putArray("after").add(createdAt.toString()).add(id.toString());
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String cursor) {
        try {
            JsonNode json = MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
            JsonNode after = json.path("after");
            if (!SORT.equals(json.path("sort").asText()) || after.size() != 2) {
                throw invalid();
            }
            return new PageCursor(
                    Instant.parse(after.get(0).asText()),
                    UUID.fromString(after.get(1).asText()));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.badRequest("cursor is not a cursor of this list; request the first page again");
    }
}
