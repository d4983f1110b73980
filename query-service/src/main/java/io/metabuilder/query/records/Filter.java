package io.metabuilder.query.records;

import java.util.List;
import java.util.stream.Collectors;

/** One condition of a list query: an attribute, an operator and its values, already typed for the column. */
record Filter(Attribute attribute, Operator operator, List<Object> values) {

    Object value() {
        return values.get(0);
    }

    /** The filter in a canonical text form, for the fingerprint a cursor carries. */
    String canonical() {
        return attribute.name() + "[" + operator.parameter() + "]="
                + values.stream()
                        .map(value -> value.toString().replace("\\", "\\\\").replace(",", "\\,"))
                        .collect(Collectors.joining(","));
    }
}
