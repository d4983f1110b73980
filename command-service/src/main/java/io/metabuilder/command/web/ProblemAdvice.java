package io.metabuilder.command.web;

import io.metabuilder.command.common.CommandRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The one place errors become responses: problem+json, never a stack trace, SQL or class name. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(CommandRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(CommandRejectedException e, HttpServletRequest request) {
        int status =
                switch (e.reason()) {
                    case INVALID -> 422;
                    case CONFLICT -> 409;
                    case NOT_FOUND -> 404;
                    case PRECONDITION_FAILED -> 412;
                };
        // Field codes only: the values a client sent may be personal data and stay out of logs.
        log.warn(
                "command rejected with {}: {}",
                status,
                e.problems().stream().map(p -> p.field() + ":" + p.code()).toList());
        return respond(Problems.of(status, e.getMessage(), request.getRequestURI(), e.problems()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> execution(CommandExecutionException e, HttpServletRequest request) {
        if (e.getCause() instanceof CommandRejectedException rejected) {
            return rejected(rejected, request);
        }
        if (e.getCause() instanceof AggregateNotFoundException missing) {
            return missing(missing, request);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> busy(ConcurrencyException e, HttpServletRequest request) {
        return respond(Problems.of(409, "Too many concurrent changes; try again.", request.getRequestURI()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> missing(AggregateNotFoundException e, HttpServletRequest request) {
        return respond(Problems.of(404, "No record has this id.", request.getRequestURI()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(Problems.of(403, "Your role may not do this.", request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        Optional<String> tooLarge = PayloadTooLargeException.detailOf(e);
        if (tooLarge.isPresent()) {
            return respond(Problems.of(413, tooLarge.get(), request.getRequestURI()));
        }
        log.error("request failed unexpectedly", e);
        return respond(Problems.of(500, "Something went wrong on our side.", request.getRequestURI()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Optional<String> tooLarge = PayloadTooLargeException.detailOf(e);
        int code = tooLarge.isPresent() ? 413 : status.value();
        String path = ((ServletWebRequest) request).getRequest().getRequestURI();
        String detail = tooLarge.orElseGet(() -> e instanceof HttpMediaTypeNotSupportedException unsupported
                ? SafeDetails.unsupported(unsupported.getSupportedMediaTypes())
                : SafeDetails.of(code));
        ProblemDetail problem = Problems.of(code, detail, path);
        // The headers Spring passes in may be read-only; answer with a copy.
        HttpHeaders answer = new HttpHeaders();
        answer.putAll(headers);
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(code).headers(answer).body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
