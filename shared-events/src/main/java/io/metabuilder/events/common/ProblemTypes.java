package io.metabuilder.events.common;

import java.net.URI;
import java.util.Map;

/**
 * The {@code type} URI of every problem+json answer, one per HTTP status, the same from both
 * services: clients branch on it, so it is part of the public contract like the event names.
 */
public final class ProblemTypes {

    private static final String BASE = "https://metabuilder.dev/problems/";
    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, "bad-request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(412, "precondition-failed"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "validation-failed"),
            Map.entry(429, "too-many-requests"),
            Map.entry(503, "not-ready"));

    private ProblemTypes() {}

    /** The problem type for an HTTP status; unlisted ones fall back to their class. */
    public static URI of(int status) {
        return URI.create(BASE + BY_STATUS.getOrDefault(status, status >= 500 ? "internal-error" : "bad-request"));
    }
}
