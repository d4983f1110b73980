package io.metabuilder.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * What of a payload the audit trail may show. No event should carry a password or its hash; this
 * is the second line: any key that names one is dropped, at any depth, before a row is written.
 */
final class AuditPayloads {

    private AuditPayloads() {}

    static ObjectNode withoutSecrets(ObjectNode payload) {
        strip(payload);
        return payload;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(entry -> isSecret(entry.getKey()));
        }
        node.forEach(AuditPayloads::strip);
    }

    private static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.endsWith("hash");
    }
}
