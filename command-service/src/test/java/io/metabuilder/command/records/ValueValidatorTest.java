package io.metabuilder.command.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "TEXT      | \"hello\"                         | \"hello\"",
                "LONG_TEXT | \"many words\"                    | \"many words\"",
                "INTEGER   | 9223372036854775807               | 9223372036854775807",
                "INTEGER   | -5                                | -5",
                "DECIMAL   | 12.30                             | \"12.30\"",
                "DECIMAL   | \"0.1000000000000000000000000001\" | \"0.1000000000000000000000000001\"",
                "DECIMAL   | 7                                 | \"7\"",
                "BOOLEAN   | true                              | true",
                "DATE      | \"2024-02-29\"                    | \"2024-02-29\"",
                "DATETIME  | \"2026-01-24T12:30:00+02:00\"     | \"2026-01-24T10:30:00Z\"",
                "DATETIME  | \"2026-01-24T10:30:00.123456789Z\" | \"2026-01-24T10:30:00.123456Z\"",
                "EMAIL     | \"ana@example.com\"               | \"ana@example.com\"",
                "URL       | \"https://example.com/a?b=c\"     | \"https://example.com/a?b=c\"",
                "REFERENCE | \"0B6F0E58-2B5E-4E0A-9A43-2F3C1F3C0A11\" | \"0b6f0e58-2b5e-4e0a-9a43-2f3c1f3c0a11\"",
                "JSON      | {\"a\":[1,2,{\"b\":null}]}        | {\"a\":[1,2,{\"b\":null}]}",
            })
    void acceptsAndCanonicalisesValidValues(FieldType type, String value, String canonical) {
        ValueCheck check = ValueValidator.check(FieldSpec.of("f", type), json(value));

        assertThat(check.problem()).isNull();
        assertThat(check.canonical()).hasToString(json(canonical).toString());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "TEXT      | 12                        | wrong_type",
                "TEXT      | \"a\\u0000b\"             | invalid_character",
                "INTEGER   | 1.5                       | wrong_type",
                "INTEGER   | \"12\"                    | wrong_type",
                "INTEGER   | 9223372036854775808       | wrong_type",
                "DECIMAL   | \"12,5\"                  | invalid_decimal",
                "DECIMAL   | true                      | invalid_decimal",
                "BOOLEAN   | \"true\"                  | wrong_type",
                "DATE      | \"2023-02-29\"            | invalid_date",
                "DATE      | \"2024-1-5\"              | invalid_date",
                "DATETIME  | \"2026-01-24T10:30:00\"   | invalid_datetime",
                "DATETIME  | 1700000000                | invalid_datetime",
                "EMAIL     | \"not-an-email\"          | invalid_email",
                "URL       | \"ftp//nope\"             | invalid_url",
                "URL       | \"javascript:alert(1)\"   | invalid_url",
                "REFERENCE | \"not-a-uuid\"            | wrong_type",
                "JSON      | {\"k\":\"a\\u0000\"}      | invalid_character",
            })
    void rejectsInvalidValues(FieldType type, String value, String code) {
        assertThat(ValueValidator.check(FieldSpec.of("f", type), json(value))
                        .problem()
                        .code())
                .isEqualTo(code);
    }

    @Test
    void enforcesNumericRange() {
        FieldSpec spec = FieldSpec.builder("qty", FieldType.INTEGER)
                .min(BigDecimal.ONE)
                .max(BigDecimal.TEN)
                .build();

        assertThat(ValueValidator.check(spec, json("0")).problem().code()).isEqualTo("min");
        assertThat(ValueValidator.check(spec, json("11")).problem().code()).isEqualTo("max");
        assertThat(ValueValidator.check(spec, json("10")).isValid()).isTrue();
    }

    @Test
    void enforcesTextLengthPatternAndOptions() {
        FieldSpec code = FieldSpec.builder("code", FieldType.TEXT)
                .maxLength(3)
                .pattern("^[A-Z]+$")
                .build();
        FieldSpec status = FieldSpec.builder("status", FieldType.ENUM)
                .options(List.of("open", "closed"))
                .build();

        assertThat(ValueValidator.check(code, json("\"ABCD\"")).problem().code())
                .isEqualTo("max_length");
        assertThat(ValueValidator.check(code, json("\"ab\"")).problem().code()).isEqualTo("pattern");
        assertThat(ValueValidator.check(status, json("\"pending\"")).problem().code())
                .isEqualTo("not_an_option");
        assertThat(ValueValidator.check(status, json("\"open\"")).isValid()).isTrue();
    }

    @Test
    void keepsDecimalsExactWithinPrecisionAndScale() {
        FieldSpec price = FieldSpec.builder("price", FieldType.DECIMAL)
                .precision(5)
                .scale(2)
                .build();

        assertThat(ValueValidator.check(price, json("12.5")).canonical().asText())
                .isEqualTo("12.50");
        assertThat(ValueValidator.check(price, json("\"1.234\"")).problem().code())
                .isEqualTo("invalid_decimal");
        assertThat(ValueValidator.check(price, json("1234.5")).problem().code()).isEqualTo("invalid_decimal");
        assertThat(ValueValidator.check(price, json("\"1e999999999\"")).isValid())
                .isFalse();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
