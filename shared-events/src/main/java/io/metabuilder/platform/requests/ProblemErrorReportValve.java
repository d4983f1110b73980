package io.metabuilder.platform.requests;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.common.ProblemTypes;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on a request, as problem+json instead of its HTML error page: the errors
 * Tomcat raises itself before any servlet runs (a malformed path such as {@code %zz} or an encoded
 * slash, characters the request line may not carry, a header too large) reach the client in the
 * same shape as every other error of the API. No stack trace and no exception text is ever written.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(MAPPER.writeValueAsString(problem(status, request)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was committed meanwhile: nothing more to say.
        }
    }

    static Map<String, Object> problem(int status, Request request) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.of(status).toString());
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", status == 400 ? "The request line or its headers are malformed" : title(status));
        String path = request.getDecodedRequestURI();
        if (path != null) {
            problem.put("instance", path);
        }
        return problem;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }
}
