package io.metabuilder.command.common;

/** One problem with one field of a request: {@code code} is a stable snake_case word. */
public record FieldProblem(String field, String code, String message) {}
