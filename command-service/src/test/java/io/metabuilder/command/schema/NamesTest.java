package io.metabuilder.command.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.common.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "product",
                "a",
                "order_line2",
                "name",
                "x123456789012345678901234567890123456789012345678901234567890ab"
            })
    void acceptsLowerCaseNames(String name) {
        assertThat(Names.problem("name", name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Product",
                " product",
                "product ",
                "2nd",
                "_x",
                "with space",
                "ümlaut",
                "a-b",
                "x1234567890123456789012345678901234567890123456789012345678901abc"
            })
    void rejectsMalformedNamesWithoutCorrectingThem(String name) {
        assertThat(Names.problem("name", name))
                .get()
                .extracting(FieldProblem::code)
                .isIn("invalid_name", "required");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "id",
                "version",
                "position",
                "created_at",
                "updated_at",
                "created_by",
                "updated_by",
                "deleted",
                "select",
                "table",
                "user",
                "order",
                "group",
                "all",
                "current_user",
                "window"
            })
    void rejectsSystemNamesAndPostgresReservedWords(String name) {
        assertThat(Names.problem("name", name))
                .get()
                .extracting(FieldProblem::code)
                .isEqualTo("reserved_name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "type", "value", "status", "date"})
    void allowsNonReservedKeywords(String name) {
        assertThat(Names.problem("name", name)).isEmpty();
    }
}
