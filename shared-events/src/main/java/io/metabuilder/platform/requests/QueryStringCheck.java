package io.metabuilder.platform.requests;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.common.ProblemTypes;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a query string the application could only misread: a malformed percent-escape, bytes that
 * are not UTF-8, or U+0000 (which no PostgreSQL text holds). Tomcat itself would drop the first
 * silently and turn the second into U+FFFD, so {@code ?q=%ff} would search for a character nobody
 * typed. The answer is a 400 problem+json naming the reason.
 */
public final class QueryStringCheck implements Filter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Optional<String> problem = problemWith(request.getQueryString());
        if (problem.isPresent()) {
            refuse(request, (HttpServletResponse) res, problem.get());
            return;
        }
        chain.doFilter(req, res);
    }

    /** Why {@code query} (raw, still percent-encoded) cannot be read, if it cannot. */
    public static Optional<String> problemWith(String query) {
        if (query == null || query.indexOf('%') < 0) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            int high = i + 1 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
            int low = i + 2 < query.length() ? Character.digit(query.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                return Optional.of("The query string has a malformed percent-escape (%XX with two hex digits)");
            }
            if (high == 0 && low == 0) {
                return Optional.of("The query string contains U+0000");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("The query string is not valid UTF-8 once percent-decoded");
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.of(400).toString());
        problem.put("title", "Bad Request");
        problem.put("status", 400);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(400);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(MAPPER.writeValueAsString(problem));
    }
}
