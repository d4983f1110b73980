package io.metabuilder.query.web;

import org.springframework.http.HttpStatus;

/** An error the API reports as problem+json; its detail is written for the client, never internals. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    ApiException(HttpStatus status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad-request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", detail);
    }

    public static ApiException notReady(String detail) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "not-ready", detail);
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }
}
