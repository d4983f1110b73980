package io.metabuilder.command.common;

import java.util.List;

/**
 * A command refused for a reason the client can fix. The web layer maps {@link Reason} to a
 * status; the aggregates throw it so fixture tests can expect it.
 */
public class CommandRejectedException extends RuntimeException {

    /** Why, as the HTTP contract distinguishes it. */
    public enum Reason {
        INVALID,
        CONFLICT,
        NOT_FOUND,
        /** The client's {@code If-Match} names a version that is no longer current. */
        PRECONDITION_FAILED
    }

    private final Reason reason;
    private final transient List<FieldProblem> problems;

    public CommandRejectedException(Reason reason, String detail, List<FieldProblem> problems) {
        super(detail, null, false, false);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public static CommandRejectedException invalid(List<FieldProblem> problems) {
        return new CommandRejectedException(Reason.INVALID, "The request has invalid values.", problems);
    }

    public static CommandRejectedException conflict(String detail, List<FieldProblem> problems) {
        return new CommandRejectedException(Reason.CONFLICT, detail, problems);
    }

    public static CommandRejectedException notFound(String detail) {
        return new CommandRejectedException(Reason.NOT_FOUND, detail, List.of());
    }

    public static CommandRejectedException stale(String detail) {
        return new CommandRejectedException(Reason.PRECONDITION_FAILED, detail, List.of());
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
