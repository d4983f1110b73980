package io.metabuilder.query.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An error the API reports as problem+json; its detail is written for the client, never internals. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String parameter;

    ApiException(HttpStatus status, String detail) {
        this(status, detail, null);
    }

    private ApiException(HttpStatus status, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }

    /** A 400 naming the query parameter at fault, in the detail and as the field of its one error. */
    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, parameter + ": " + message, parameter);
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

    List<Map<String, String>> errors() {
        return parameter == null
                ? List.of()
                : List.of(Map.of("field", parameter, "code", "invalid_parameter", "message", getMessage()));
    }
}
