package io.metabuilder.command.web;

import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.events.common.ProblemTypes;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem bodies in the platform's shape: the shared type per status, never internals. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(int status, String detail, String instance) {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(ProblemTypes.of(status));
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
