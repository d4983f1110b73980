package io.metabuilder.events.common;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL location as both services and their tests read it: either the
 * {@code postgresql://user:pass@host:5432/db} form of {@code DATABASE_URL} (what Railway, Render
 * and Heroku-style providers hand out) or a JDBC URL, which passes through unchanged.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    /** Parses either form; credentials in a JDBC URL stay in its query string. */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("database URL is empty");
        }
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:")) {
            return new DatabaseUrl(trimmed, null, null);
        }
        URI uri = URI.create(trimmed.replaceFirst("^postgres(ql)?://", "postgresql://"));
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("database URL must look like postgresql://user:pass@host:5432/db");
        }
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query;
        return new DatabaseUrl(jdbc, userPart(uri, 0), userPart(uri, 1));
    }

    /** The same server with another database name. */
    public DatabaseUrl withDatabase(String database) {
        String replaced = jdbcUrl.replaceFirst("^(jdbc:postgresql://[^/?]+)/[^?]*", "$1/" + database);
        return new DatabaseUrl(replaced, username, password);
    }

    private static String userPart(URI uri, int index) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return null;
        }
        String[] parts = userInfo.split(":", 2);
        return parts.length > index ? URLDecoder.decode(parts[index], StandardCharsets.UTF_8) : null;
    }
}
