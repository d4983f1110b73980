package io.metabuilder.events.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void convertsProviderUrlToJdbcWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s%40cret@db.internal:6543/metabuilder?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/metabuilder?sslmode=require");
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s@cret");
    }

    @Test
    void acceptsPostgresSchemeAndDefaultPort() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://root@localhost/metabuilder");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/metabuilder");
        assertThat(url.username()).isEqualTo("root");
        assertThat(url.password()).isNull();
    }

    @Test
    void passesJdbcUrlThrough() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h:5432/d").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @Test
    void switchesDatabaseKeepingQuery() {
        DatabaseUrl url =
                DatabaseUrl.parse("postgresql://u:p@h:5432/postgres?ssl=true").withDatabase("other");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/other?ssl=true");
    }

    @Test
    void rejectsSomethingElse() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://h/d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
