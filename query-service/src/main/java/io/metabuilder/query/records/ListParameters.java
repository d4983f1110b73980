package io.metabuilder.query.records;

import io.metabuilder.query.web.ApiException;
import java.util.Set;

/** Validation of the list query parameters this version understands. */
final class ListParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    private static final Set<String> UNSUPPORTED = Set.of("sort", "q", "fields", "offset", "count");

    private ListParameters() {}

    static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** Filters and sorts are not served yet: rejecting them beats answering an unfiltered list. */
    static void rejectUnsupported(Set<String> parameters) {
        parameters.stream()
                .filter(name -> UNSUPPORTED.contains(name) || name.startsWith("filter["))
                .findFirst()
                .ifPresent(name -> {
                    throw ApiException.badRequest("query parameter " + name + " is not supported yet");
                });
    }
}
