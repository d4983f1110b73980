package io.metabuilder.command.web;

import io.metabuilder.command.common.FieldProblem;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem bodies in the platform's shape: a stable type per status, never internals. */
public final class Problems {

    private static final String BASE = "https://metabuilder.dev/problems/";
    private static final Map<Integer, String> TYPES = Map.ofEntries(
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

    private Problems() {}

    public static ProblemDetail of(int status, String detail, String instance) {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(
                URI.create(BASE + TYPES.getOrDefault(status, status >= 500 ? "internal-error" : "bad-request")));
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setDetail(detail);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    public static ProblemDetail of(int status, String detail, String instance, List<FieldProblem> errors) {
        ProblemDetail problem = of(status, detail, instance);
        problem.setProperty("errors", errors);
        return problem;
    }
}
