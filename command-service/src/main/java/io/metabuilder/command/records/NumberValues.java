package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.events.schema.FieldSpec;
import java.math.BigDecimal;
import java.math.BigInteger;

/** INTEGER (64-bit) and DECIMAL (exact, kept as a string so no float ever rounds it) values. */
final class NumberValues {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    // Beyond this a "number" is an attack on memory (1e999999999 as plain text), not data.
    private static final int MAX_DIGITS = 1000;

    private NumberValues() {}

    static ValueCheck integer(FieldSpec spec, JsonNode value) {
        if (!value.isIntegralNumber()) {
            return ValueCheck.fail(spec.name(), "wrong_type", "Expected a whole number.");
        }
        BigInteger number = value.bigIntegerValue();
        if (number.compareTo(LONG_MIN) < 0 || number.compareTo(LONG_MAX) > 0) {
            return ValueCheck.fail(spec.name(), "wrong_type", "Expected a 64-bit whole number.");
        }
        ValueCheck range = range(spec, new BigDecimal(number));
        return range != null ? range : ValueCheck.ok(LongNode.valueOf(number.longValue()));
    }

    static ValueCheck decimal(FieldSpec spec, JsonNode value) {
        BigDecimal number = parse(value);
        if (number == null) {
            return ValueCheck.fail(spec.name(), "invalid_decimal", "Expected a number or a numeric string.");
        }
        if (spec.scale() != null && number.stripTrailingZeros().scale() > spec.scale()) {
            return ValueCheck.fail(spec.name(), "invalid_decimal", "At most " + spec.scale() + " decimal places.");
        }
        BigDecimal scaled =
                spec.scale() != null && number.scale() < spec.scale() ? number.setScale(spec.scale()) : number;
        if (spec.precision() != null && integerDigits(scaled) > spec.precision() - scaleOf(spec)) {
            return ValueCheck.fail(
                    spec.name(), "invalid_decimal", "Too many digits for precision " + spec.precision() + ".");
        }
        ValueCheck range = range(spec, scaled);
        return range != null ? range : ValueCheck.ok(TextNode.valueOf(scaled.toPlainString()));
    }

    /** The canonical comparable form of a DECIMAL, so 1.5 and 1.50 are one unique value. */
    static String comparable(String decimal) {
        return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal parse(JsonNode value) {
        try {
            BigDecimal number = read(value);
            boolean sane = number != null && number.precision() <= MAX_DIGITS && Math.abs(number.scale()) <= MAX_DIGITS;
            return sane ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal read(JsonNode value) {
        if (value.isDouble() || value.isFloat()) {
            // Only reached if a mapper parsed floats as binary; its shortest text is the sent digits.
            return new BigDecimal(value.asText());
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.isTextual() ? new BigDecimal(value.asText()) : null;
    }

    private static int integerDigits(BigDecimal number) {
        return Math.max(number.precision() - number.scale(), 0);
    }

    private static int scaleOf(FieldSpec spec) {
        return spec.scale() == null ? 0 : spec.scale();
    }

    private static ValueCheck range(FieldSpec spec, BigDecimal number) {
        if (spec.min() != null && number.compareTo(spec.min()) < 0) {
            return ValueCheck.fail(
                    spec.name(), "min", "Must be at least " + spec.min().toPlainString() + ".");
        }
        if (spec.max() != null && number.compareTo(spec.max()) > 0) {
            return ValueCheck.fail(
                    spec.name(), "max", "Must be at most " + spec.max().toPlainString() + ".");
        }
        return null;
    }
}
