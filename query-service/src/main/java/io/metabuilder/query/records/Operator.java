package io.metabuilder.query.records;

import io.metabuilder.events.schema.FieldType;
import java.util.Arrays;
import java.util.Optional;

/** The filter operators of the list query, and the field types each one fits. */
enum Operator {
    EQ("eq"),
    NE("ne"),
    GT("gt"),
    GTE("gte"),
    LT("lt"),
    LTE("lte"),
    IN("in"),
    CONTAINS("contains"),
    STARTS_WITH("startsWith"),
    IS_NULL("isNull");

    private final String parameter;

    Operator(String parameter) {
        this.parameter = parameter;
    }

    static Optional<Operator> named(String parameter) {
        return Arrays.stream(values())
                .filter(op -> op.parameter.equals(parameter))
                .findFirst();
    }

    String parameter() {
        return parameter;
    }

    /** JSON values are only ever null or not; booleans and ids have no order a user would filter by. */
    boolean fits(Attribute attribute) {
        FieldType type = attribute.type();
        return switch (this) {
            case IS_NULL -> true;
            case EQ, NE, IN -> type != FieldType.JSON;
            case GT, GTE, LT, LTE -> attribute.isText()
                    || switch (type) {
                        case INTEGER, DECIMAL, DATE, DATETIME -> true;
                        default -> false;
                    };
            case CONTAINS, STARTS_WITH -> attribute.isText();
        };
    }
}
