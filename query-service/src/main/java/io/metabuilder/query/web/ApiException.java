package io.metabuilder.query.web;

import org.springframework.http.HttpStatus;

/** An error the API reports as problem+json; its detail is written for the client, never internals. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail);
    }

    public static ApiException notReady(String detail) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, detail);
    }

    HttpStatus status() {
        return status;
    }
}
