package io.metabuilder.query.records;

import io.metabuilder.query.web.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one {@code filter[field][op]=value} (or {@code filter[field]=value}, meaning eq) against the
 * entity's attributes: the field must exist, the operator must fit its type, and every value must be
 * one of that type. {@code in} takes a comma list, or one value per repetition of the parameter.
 */
final class FilterParameters {

    private static final Pattern FILTER = Pattern.compile("filter\\[([^\\[\\]]+)](?:\\[([^\\[\\]]+)])?");

    private FilterParameters() {}

    static Filter parse(String parameter, List<String> values, List<Attribute> attributes) {
        Matcher matcher = FILTER.matcher(parameter);
        if (!matcher.matches()) {
            throw ApiException.badParameter(parameter, "write filters as filter[field][operator]=value");
        }
        Attribute attribute = Attribute.named(attributes, matcher.group(1))
                .orElseThrow(() -> ApiException.badParameter(parameter, "no field " + matcher.group(1)));
        Operator operator = matcher.group(2) == null
                ? Operator.EQ
                : Operator.named(matcher.group(2))
                        .orElseThrow(() -> ApiException.badParameter(
                                parameter, "no operator " + matcher.group(2) + "; use one of " + operators()));
        if (!operator.fits(attribute)) {
            throw ApiException.badParameter(
                    parameter,
                    operator.parameter() + " does not apply to " + attribute.name() + " (" + attribute.type() + ")");
        }
        return new Filter(
                attribute, operator, typed(parameter, attribute, operator, texts(parameter, operator, values)));
    }

    private static List<String> texts(String parameter, Operator operator, List<String> values) {
        if (operator == Operator.IN) {
            return values.size() == 1 ? Arrays.asList(values.get(0).split(",", -1)) : values;
        }
        if (values.size() > 1) {
            throw ApiException.badParameter(parameter, "given more than once");
        }
        return values;
    }

    private static List<Object> typed(String parameter, Attribute attribute, Operator operator, List<String> texts) {
        List<Object> typed = new ArrayList<>();
        for (String text : texts) {
            if (operator == Operator.IS_NULL) {
                typed.add(
                        switch (text) {
                            case "true" -> Boolean.TRUE;
                            case "false" -> Boolean.FALSE;
                            default -> throw ApiException.badParameter(parameter, "isNull takes true or false");
                        });
            } else {
                typed.add(TypedValues.parse(attribute.type(), text)
                        .orElseThrow(() -> ApiException.badParameter(
                                parameter, "expected " + TypedValues.expected(attribute.type()))));
            }
        }
        return typed;
    }

    private static String operators() {
        return String.join(
                ", ", Arrays.stream(Operator.values()).map(Operator::parameter).toList());
    }
}
