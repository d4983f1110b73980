package io.metabuilder.command.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FieldSpecRulesTest {

    @ParameterizedTest
    @EnumSource(
            value = FieldType.class,
            names = {"ENUM", "REFERENCE"},
            mode = EnumSource.Mode.EXCLUDE)
    void acceptsAPlainSpecOfEveryType(FieldType type) {
        assertThat(FieldSpecRules.problems(FieldSpec.of("field", type))).isEmpty();
    }

    @Test
    void acceptsEnumWithOptionsAndReferenceWithEntity() {
        assertThat(FieldSpecRules.problems(
                        spec("status", FieldType.ENUM, null, null, null, null, List.of("a", "b"), null)))
                .isEmpty();
        assertThat(FieldSpecRules.problems(
                        spec("owner", FieldType.REFERENCE, null, null, null, null, null, UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void rejectsMinAboveMax() {
        assertThat(fields(spec("qty", FieldType.INTEGER, BigDecimal.TEN, BigDecimal.ONE, null, null, null, null)))
                .containsExactly("min");
    }

    @Test
    void rejectsRulesThatDoNotFitTheType() {
        FieldSpec spec = spec("flag", FieldType.BOOLEAN, BigDecimal.ONE, null, 5, "x", List.of("a"), UUID.randomUUID());
        assertThat(fields(spec)).containsExactlyInAnyOrder("min", "maxLength", "pattern", "options", "reference");
    }

    @Test
    void rejectsEnumWithoutOptionsOrWithRepeatedOnes() {
        assertThat(fields(spec("s", FieldType.ENUM, null, null, null, null, null, null)))
                .containsExactly("options");
        assertThat(fields(spec("s", FieldType.ENUM, null, null, null, null, List.of("a", "a"), null)))
                .containsExactly("options");
    }

    @Test
    void rejectsReferenceWithoutEntity() {
        assertThat(fields(FieldSpec.of("owner", FieldType.REFERENCE))).containsExactly("reference");
    }

    @Test
    void rejectsBadRegex() {
        assertThat(fields(spec("code", FieldType.TEXT, null, null, null, "([a-z", null, null)))
                .containsExactly("pattern");
    }

    @Test
    void rejectsPrecisionOutsideDecimalAndScaleAbovePrecision() {
        FieldSpec onText =
                FieldSpec.builder("t", FieldType.TEXT).precision(5).scale(2).build();
        FieldSpec scaleTooBig =
                FieldSpec.builder("d", FieldType.DECIMAL).precision(3).scale(4).build();
        assertThat(fields(onText)).containsExactly("precision");
        assertThat(fields(scaleTooBig)).containsExactly("scale");
    }

    @Test
    void rejectsDefaultThatBreaksTheSpec() {
        FieldSpec spec = FieldSpec.builder("qty", FieldType.INTEGER)
                .defaultValue(TextNode.valueOf("many"))
                .build();
        FieldSpec tooBig = FieldSpec.builder("qty", FieldType.INTEGER)
                .defaultValue(IntNode.valueOf(11))
                .max(BigDecimal.TEN)
                .build();
        assertThat(fields(spec)).containsExactly("defaultValue");
        assertThat(fields(tooBig)).containsExactly("defaultValue");
    }

    @Test
    void listsEveryProblemAtOnce() {
        FieldSpec spec = FieldSpec.builder("Bad Name", null)
                .min(BigDecimal.TEN)
                .max(BigDecimal.ONE)
                .pattern("(")
                .build();
        assertThat(fields(spec)).contains("name", "type", "min", "pattern");
    }

    private static List<String> fields(FieldSpec spec) {
        return FieldSpecRules.problems(spec).stream().map(FieldProblem::field).toList();
    }

    private static FieldSpec spec(
            String name,
            FieldType type,
            BigDecimal min,
            BigDecimal max,
            Integer maxLength,
            String pattern,
            List<String> options,
            UUID reference) {
        return FieldSpec.builder(name, type)
                .min(min)
                .max(max)
                .maxLength(maxLength)
                .pattern(pattern)
                .options(options)
                .reference(reference)
                .build();
    }
}
