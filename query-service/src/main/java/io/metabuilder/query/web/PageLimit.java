package io.metabuilder.query.web;

/** The {@code limit} of every paged list: 1 to 1000 rows, 50 when absent. */
public final class PageLimit {

    public static final int DEFAULT = 50;
    public static final int MAX = 1000;

    private PageLimit() {}

    public static int parse(String value) {
        if (value == null) {
            return DEFAULT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX);
    }
}
