package io.metabuilder.query.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (the container, Spring Security's firewall refusing {@code //} or
 * {@code ;} in a path, a filter) also answer as problem+json, with fixed wording: the framework's
 * own messages can name classes or internals.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
        if (status == null || status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = Problems.of(status, detail(status), failedRequest(request));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "The request is malformed: check the path and the query parameters.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed here.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side."
                    : "The request cannot be handled.";
        };
    }

    /** The request as the client sent it, so that the problem's instance is its path, not /error. */
    private static HttpServletRequest failedRequest(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return uri == null ? super.getRequestURI() : uri.toString();
            }
        };
    }
}
