package io.metabuilder.query.audit;

import io.metabuilder.query.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Where the next page of the audit trail starts: below the position of the last row given.
 * Opaque to clients, checked on the way back in. Positions never change, so a cursor stays valid
 * while new events arrive (they appear above it, on a first page).
 */
record AuditCursor(long before) {

    private static final Pattern ENCODED = Pattern.compile("audit:before:(\\d{1,18})");

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("audit:before:" + before).getBytes(StandardCharsets.UTF_8));
    }

    static AuditCursor decode(String cursor) {
        try {
            var matcher = ENCODED.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (matcher.matches()) {
                return new AuditCursor(Long.parseLong(matcher.group(1)));
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below, like any other foreign cursor
        }
        throw ApiException.badRequest("cursor is not a cursor of the audit trail; request the first page again");
    }
}
