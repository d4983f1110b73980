package io.metabuilder.query.projection;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * pg_trgm, when trigram indexes are wanted: created if the database lets us (it is a trusted
 * extension from PostgreSQL 13, so a database owner may), else left out with a warning. Without it
 * contains and q still work, by a sequential scan.
 */
final class TrigramExtension {

    private static final Logger log = LoggerFactory.getLogger(TrigramExtension.class);
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    private TrigramExtension() {}

    /** The schema pg_trgm lives in, if trigram indexes are enabled and the extension is there (or could be made). */
    static Optional<String> schema(JdbcTemplate jdbc, boolean enabled) {
        if (!enabled) {
            return Optional.empty();
        }
        try {
            jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        } catch (DataAccessException e) {
            log.warn(
                    "pg_trgm is not available; contains and q run without trigram indexes: {}",
                    e.getMostSpecificCause().getMessage());
        }
        List<String> schemas = jdbc.queryForList(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                        + " WHERE e.extname = 'pg_trgm'",
                String.class);
        return schemas.stream().filter(name -> SCHEMA.matcher(name).matches()).findFirst();
    }
}
