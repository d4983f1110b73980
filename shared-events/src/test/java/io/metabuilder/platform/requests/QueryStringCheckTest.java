package io.metabuilder.platform.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringCheckTest {

    @Test
    void acceptsPlainEncodedAndMultiByteQueries() {
        assertThat(QueryStringCheck.problemWith(null)).isEmpty();
        assertThat(QueryStringCheck.problemWith("limit=5&filter[qty][gt]=5")).isEmpty();
        assertThat(QueryStringCheck.problemWith("q=caf%C3%A9&sort=-name%2Cid")).isEmpty();
        assertThat(QueryStringCheck.problemWith("q=%E2%82%AC%F0%9F%98%80")).isEmpty();
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        assertThat(QueryStringCheck.problemWith("q=%ff%fe"))
                .hasValueSatisfying(p -> assertThat(p).contains("UTF-8"));
        assertThat(QueryStringCheck.problemWith("q=%C3"))
                .hasValueSatisfying(p -> assertThat(p).contains("UTF-8"));
        assertThat(QueryStringCheck.problemWith("q=%C0%AF"))
                .hasValueSatisfying(p -> assertThat(p).contains("UTF-8"));
    }

    @Test
    void refusesMalformedEscapesAndNul() {
        assertThat(QueryStringCheck.problemWith("q=%zz"))
                .hasValueSatisfying(p -> assertThat(p).contains("percent"));
        assertThat(QueryStringCheck.problemWith("q=abc%4"))
                .hasValueSatisfying(p -> assertThat(p).contains("percent"));
        assertThat(QueryStringCheck.problemWith("q=a%00b"))
                .hasValueSatisfying(p -> assertThat(p).contains("U+0000"));
    }
}
