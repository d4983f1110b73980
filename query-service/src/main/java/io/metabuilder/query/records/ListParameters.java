package io.metabuilder.query.records;

import io.metabuilder.query.web.ApiException;
import io.metabuilder.query.web.PageLimit;
import java.util.Set;

/** Validation of the list query parameters this version understands. */
final class ListParameters {

    private static final Set<String> UNSUPPORTED = Set.of("sort", "q", "fields", "offset", "count");

    private ListParameters() {}

    static int limit(String value) {
        return PageLimit.parse(value);
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
