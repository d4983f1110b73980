package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** TEXT, LONG_TEXT, EMAIL, URL and ENUM values: strings with rules. */
final class TextValues {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private TextValues() {}

    static ValueCheck check(FieldSpec spec, JsonNode value) {
        if (!value.isTextual()) {
            return ValueCheck.fail(spec.name(), "wrong_type", "Expected a string.");
        }
        String text = value.asText();
        if (containsNul(text)) {
            return ValueCheck.fail(spec.name(), "invalid_character", "Text must not contain U+0000.");
        }
        if (spec.maxLength() != null && text.codePointCount(0, text.length()) > spec.maxLength()) {
            return ValueCheck.fail(spec.name(), "max_length", "At most " + spec.maxLength() + " characters.");
        }
        if (spec.pattern() != null
                && !Pattern.compile(spec.pattern()).matcher(text).find()) {
            return ValueCheck.fail(spec.name(), "pattern", "Does not match the pattern " + spec.pattern() + ".");
        }
        return format(spec, value, text);
    }

    static boolean containsNul(String text) {
        return text.indexOf('\u0000') >= 0;
    }

    /** PostgreSQL's jsonb refuses U+0000 anywhere, in keys as in values. */
    static boolean containsNul(JsonNode json) {
        if (json.isTextual()) {
            return containsNul(json.asText());
        }
        if (json.isObject()) {
            return json.properties().stream()
                    .anyMatch(entry -> containsNul(entry.getKey()) || containsNul(entry.getValue()));
        }
        if (json.isArray()) {
            for (JsonNode element : json) {
                if (containsNul(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ValueCheck format(FieldSpec spec, JsonNode value, String text) {
        if (spec.type() == FieldType.EMAIL && !EMAIL.matcher(text).matches()) {
            return ValueCheck.fail(spec.name(), "invalid_email", "Not an email address.");
        }
        if (spec.type() == FieldType.URL && !isWebUrl(text)) {
            return ValueCheck.fail(spec.name(), "invalid_url", "Not an http or https URL.");
        }
        if (spec.type() == FieldType.ENUM
                && (spec.options() == null || !spec.options().contains(text))) {
            return ValueCheck.fail(spec.name(), "not_an_option", "Use one of " + spec.options() + ".");
        }
        return ValueCheck.ok(value);
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
