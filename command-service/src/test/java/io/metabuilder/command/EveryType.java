package io.metabuilder.command;

import java.util.List;

/** One field of each of the twelve types, with a rule each, for full-stack tests. */
final class EveryType {

    static final List<String> SPECS = List.of(
            "{\"name\":\"title\",\"type\":\"TEXT\",\"required\":true,\"maxLength\":20,\"pattern\":\"^[A-Z]\"}",
            "{\"name\":\"notes\",\"type\":\"LONG_TEXT\"}",
            "{\"name\":\"qty\",\"type\":\"INTEGER\",\"min\":0,\"max\":1000}",
            "{\"name\":\"price\",\"type\":\"DECIMAL\",\"precision\":10,\"scale\":2}",
            "{\"name\":\"active\",\"type\":\"BOOLEAN\",\"defaultValue\":true}",
            "{\"name\":\"released\",\"type\":\"DATE\"}",
            "{\"name\":\"seen_at\",\"type\":\"DATETIME\"}",
            "{\"name\":\"contact\",\"type\":\"EMAIL\",\"unique\":true}",
            "{\"name\":\"homepage\",\"type\":\"URL\"}",
            "{\"name\":\"status\",\"type\":\"ENUM\",\"options\":[\"draft\",\"live\"],\"defaultValue\":\"draft\"}",
            "{\"name\":\"parent\",\"type\":\"REFERENCE\",\"reference\":\"%s\"}",
            "{\"name\":\"extra\",\"type\":\"JSON\"}");

    private EveryType() {}
}
