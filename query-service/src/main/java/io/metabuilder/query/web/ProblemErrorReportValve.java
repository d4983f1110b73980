package io.metabuilder.query.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.common.ProblemTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error page, for the errors it answers before Spring MVC runs (a request line it cannot
 * read, characters it refuses in the query string): problem+json like every other error of the API,
 * never Tomcat's HTML. Installed on the host by {@link TomcatConfig}; Tomcat creates it by class name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        ObjectNode problem = MAPPER.createObjectNode()
                .put("type", ProblemTypes.of(status).toString())
                .put("title", known == null ? "Error" : known.getReasonPhrase())
                .put("status", status)
                .put("detail", "The server could not read this request")
                .put("instance", request.getDecodedRequestURI());
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            if (response.getHeader(RequestLogFilter.HEADER) == null) {
                response.setHeader(RequestLogFilter.HEADER, UUID.randomUUID().toString());
            }
            OutputStream out = response.getOutputStream();
            MAPPER.writeValue(out, problem);
            out.flush();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is already being written: nothing more to tell it
        }
    }
}
