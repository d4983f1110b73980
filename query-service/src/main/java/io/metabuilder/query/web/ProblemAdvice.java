package io.metabuilder.query.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the API as problem+json. Details are our own sentences: Spring's messages can name
 * Java types, and nothing internal (stack, SQL, class names) ever reaches a client.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String RETRY_AFTER_SECONDS = "1";

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        ProblemDetail problem = Problems.of(e.status(), e.getMessage(), request);
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return response.body(problem);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException e, HttpServletRequest request) {
        String detail = "Parameter " + e.getPropertyName() + " has an invalid value";
        return respond(HttpStatus.BAD_REQUEST, detail, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(HttpStatus.FORBIDDEN, "Your role does not allow this request", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse spring) {
            return framework(spring, request);
        }
        log.error("unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred", request);
    }

    /** Spring MVC's own errors (404 no handler, 405, 415 ...): their status, our wording. */
    private static ResponseEntity<ProblemDetail> framework(ErrorResponse e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return ResponseEntity.status(status)
                .headers(e.getHeaders())
                .body(Problems.of(status, genericDetail(status), request));
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String detail, HttpServletRequest request) {
        return ResponseEntity.status(status).body(Problems.of(status, detail, request));
    }

    private static String genericDetail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No such resource";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here";
            case UNSUPPORTED_MEDIA_TYPE -> "This content type is not supported";
            case NOT_ACCEPTABLE -> "No acceptable representation";
            default -> status.getReasonPhrase();
        };
    }
}
