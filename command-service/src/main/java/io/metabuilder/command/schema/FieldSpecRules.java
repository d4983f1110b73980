package io.metabuilder.command.schema;

import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.common.Text;
import io.metabuilder.command.records.ValueCheck;
import io.metabuilder.command.records.ValueValidator;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a field spec agrees with itself. Pure; whether a referenced entity exists is asked of
 * the schema catalog. Every problem is listed, keyed by the spec property that causes it.
 */
public final class FieldSpecRules {

    private static final int MAX_PRECISION = 1000;

    private FieldSpecRules() {}

    public static List<FieldProblem> problems(FieldSpec spec) {
        List<FieldProblem> problems = new ArrayList<>();
        Names.problem("name", spec.name()).ifPresent(problems::add);
        Text.nulProblem("displayName", spec.displayName()).ifPresent(problems::add);
        if (spec.type() == null) {
            problems.add(invalid("type", "A type is required: one of " + List.of(FieldType.values()) + "."));
        }
        range(spec, problems);
        text(spec, problems);
        options(spec, problems);
        reference(spec, problems);
        decimal(spec, problems);
        if (problems.isEmpty()) {
            defaultValue(spec, problems);
        }
        return problems;
    }

    private static void range(FieldSpec spec, List<FieldProblem> problems) {
        boolean hasRange = spec.min() != null || spec.max() != null;
        if (hasRange && spec.type() != null && !spec.type().isNumeric()) {
            problems.add(invalid(spec.min() != null ? "min" : "max", "min and max apply to INTEGER and DECIMAL only."));
        }
        if (spec.min() != null && spec.max() != null && spec.min().compareTo(spec.max()) > 0) {
            problems.add(invalid("min", "min is greater than max."));
        }
    }

    private static void text(FieldSpec spec, List<FieldProblem> problems) {
        boolean textual = spec.type() == null || spec.type().isText() && spec.type() != FieldType.ENUM;
        if (spec.maxLength() != null && (!textual || spec.maxLength() < 1)) {
            problems.add(invalid("maxLength", "maxLength is a positive length for text types only."));
        }
        if (spec.pattern() != null && !textual) {
            problems.add(invalid("pattern", "pattern applies to text types only."));
        } else if (spec.pattern() != null && !compiles(spec.pattern())) {
            problems.add(invalid("pattern", "pattern is not a valid regular expression."));
        }
    }

    private static void options(FieldSpec spec, List<FieldProblem> problems) {
        boolean isEnum = spec.type() == FieldType.ENUM;
        List<String> options = spec.options();
        if (options != null && spec.type() != null && !isEnum) {
            problems.add(invalid("options", "options apply to ENUM only."));
        } else if (isEnum && (options == null || options.isEmpty())) {
            problems.add(invalid("options", "An ENUM needs at least one option."));
        } else if (options != null && new HashSet<>(options).size() != options.size()) {
            problems.add(invalid("options", "options must not repeat."));
        } else if (options != null && options.stream().anyMatch(o -> o == null || o.indexOf('\u0000') >= 0)) {
            problems.add(invalid("options", "options must be strings without U+0000."));
        }
    }

    private static void reference(FieldSpec spec, List<FieldProblem> problems) {
        boolean isReference = spec.type() == FieldType.REFERENCE;
        if (isReference && spec.reference() == null) {
            problems.add(invalid("reference", "A REFERENCE needs the entity it refers to."));
        } else if (!isReference && spec.type() != null && spec.reference() != null) {
            problems.add(invalid("reference", "reference applies to REFERENCE only."));
        }
    }

    private static void decimal(FieldSpec spec, List<FieldProblem> problems) {
        boolean isDecimal = spec.type() == null || spec.type() == FieldType.DECIMAL;
        if (!isDecimal && (spec.precision() != null || spec.scale() != null)) {
            problems.add(invalid(
                    spec.precision() != null ? "precision" : "scale", "precision and scale apply to DECIMAL only."));
            return;
        }
        if (spec.precision() != null && (spec.precision() < 1 || spec.precision() > MAX_PRECISION)) {
            problems.add(invalid("precision", "precision is between 1 and " + MAX_PRECISION + "."));
        }
        int limit = spec.precision() == null ? MAX_PRECISION : spec.precision();
        if (spec.scale() != null && (spec.scale() < 0 || spec.scale() > limit)) {
            problems.add(invalid("scale", "scale is between 0 and precision."));
        }
    }

    private static void defaultValue(FieldSpec spec, List<FieldProblem> problems) {
        if (spec.defaultValue() == null || spec.defaultValue().isNull()) {
            return;
        }
        ValueCheck check = ValueValidator.check(spec, spec.defaultValue());
        if (!check.isValid()) {
            problems.add(invalid(
                    "defaultValue",
                    "defaultValue is not valid: " + check.problem().message()));
        }
    }

    private static boolean compiles(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static FieldProblem invalid(String field, String message) {
        return new FieldProblem(field, "invalid_spec", message);
    }
}
