package io.metabuilder.query.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A list query, parsed and typed against the entity's attributes before any SQL exists. {@code sort}
 * always ends with {@code id}, so the order is total and a keyset cursor names one position in it.
 */
record ListQuery(
        List<Filter> filters,
        Optional<String> q,
        List<SortKey> sort,
        int limit,
        int offset,
        Optional<List<Object>> after,
        boolean countExact,
        Optional<Set<String>> fields) {

    /** The sort as a cursor remembers it: {@code -price,name,id}. */
    String sortCanonical() {
        return canonicalSort(sort);
    }

    static String canonicalSort(List<SortKey> sort) {
        return sort.stream().map(SortKey::canonical).collect(Collectors.joining(","));
    }

    /** A short digest of the filters and search: a cursor made for other ones does not fit this query. */
    static String fingerprint(List<Filter> filters, Optional<String> q) {
        String canonical = filters.stream().map(Filter::canonical).sorted().collect(Collectors.joining("&")) + "&q="
                + q.orElse("");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    String fingerprint() {
        return fingerprint(filters, q);
    }
}
