package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;

/** Value equality as a record sees it: numbers by value, whether read back as int or long. */
final class JsonValues {

    private JsonValues() {}

    static boolean same(JsonNode a, JsonNode b) {
        return a.equals((x, y) -> equalLeaves(x, y) ? 0 : 1, b);
    }

    private static boolean equalLeaves(JsonNode x, JsonNode y) {
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return x.equals(y);
    }
}
