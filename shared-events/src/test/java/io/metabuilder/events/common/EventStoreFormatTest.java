package io.metabuilder.events.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventStoreFormatTest {

    @Test
    void takesTheSameAppendLockAsTheMigrationThatSerializesAppends() throws IOException {
        String migration = resource("db/event-store/V2__appends_commit_in_index_order.sql");

        assertThat(migration).contains("pg_advisory_xact_lock(" + EventStoreFormat.APPEND_LOCK + ")");
    }

    @Test
    void notifiesTheChannelReadersListenOn() throws IOException {
        String migration = resource("db/event-store/V3__notify_appends.sql");

        assertThat(migration).contains("pg_notify('" + EventStoreFormat.APPENDS_CHANNEL + "'");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = EventStoreFormatTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
