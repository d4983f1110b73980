package io.metabuilder.query.projection;

import java.util.Optional;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a processor's committed token without claiming it. A replica that does not own the segment
 * learns what the shared read model contains from here: token and rows commit together. Replays
 * hand their token over to the live processor here too.
 */
@Component
class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    Optional<TrackingToken> read(String processorName, int segment) {
        return jdbc
                .query(
                        "SELECT token, token_type FROM read_model.token_entry"
                                + " WHERE processor_name = ? AND segment = ? AND token IS NOT NULL",
                        (row, i) -> deserialize(row.getBytes(1), row.getString(2)),
                        processorName,
                        segment)
                .stream()
                .findFirst();
    }

    Optional<String> owner(String processorName, int segment) {
        return jdbc
                .queryForList(
                        "SELECT owner FROM read_model.token_entry WHERE processor_name = ? AND segment = ?",
                        String.class,
                        processorName,
                        segment)
                .stream()
                .filter(owner -> owner != null)
                .findFirst();
    }

    /**
     * Gives {@code to} the token {@code from} reached, releasing the claim on {@code to} (which the
     * caller holds), and removes {@code from}: how a replay's progress becomes the live processor's.
     * False if either token is missing.
     */
    boolean move(String from, String to) {
        int moved = jdbc.update(
                "UPDATE read_model.token_entry live SET token = replay.token, token_type = replay.token_type,"
                        + " owner = NULL FROM read_model.token_entry replay WHERE live.processor_name = ?"
                        + " AND live.segment = 0 AND replay.processor_name = ? AND replay.segment = 0",
                to,
                from);
        delete(from);
        return moved == 1;
    }

    void delete(String processorName) {
        jdbc.update("DELETE FROM read_model.token_entry WHERE processor_name = ?", processorName);
    }

    private TrackingToken deserialize(byte[] token, String type) {
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }
}
