package io.metabuilder.query.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.query.support.Api;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds list URLs (parameters percent-encoded, brackets included) and follows their pages. */
final class Lists {

    private Lists() {}

    /** {@code /api/entities/<entity>/records?k=v&…} from name, value pairs. */
    static String url(String entity, String... pairs) {
        return path(entity, "", pairs);
    }

    static String exportUrl(String entity, String... pairs) {
        return path(entity, "/export", pairs);
    }

    /** Every record of every page, following page.next with the same parameters. */
    static List<JsonNode> allPages(Api api, String token, String entity, String... pairs) {
        List<JsonNode> records = new ArrayList<>();
        String next = null;
        do {
            String[] query = next == null ? pairs : with(pairs, "cursor", next);
            HttpResponse<String> response = api.get(url(entity, query), token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = Api.json(response);
            page.get("data").forEach(records::add);
            next = page.get("page").get("next").isNull()
                    ? null
                    : page.get("page").get("next").asText();
        } while (next != null);
        return records;
    }

    static String[] with(String[] pairs, String name, String value) {
        String[] more = new String[pairs.length + 2];
        System.arraycopy(pairs, 0, more, 0, pairs.length);
        more[pairs.length] = name;
        more[pairs.length + 1] = value;
        return more;
    }

    private static String path(String entity, String suffix, String... pairs) {
        StringBuilder url = new StringBuilder("/api/entities/" + entity + "/records" + suffix);
        for (int i = 0; i < pairs.length; i += 2) {
            url.append(i == 0 ? '?' : '&').append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
