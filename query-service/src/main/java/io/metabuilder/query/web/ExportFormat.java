package io.metabuilder.query.web;

import java.util.Locale;

/** The formats of the streamed exports (audit trail, records): JSON lines or CSV. */
public enum ExportFormat {
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public static ExportFormat parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("format", "jsonl or csv");
        }
    }

    public String contentType() {
        return contentType + ";charset=UTF-8";
    }

    /** The Content-Disposition of a download called {@code name} in this format. */
    public String attachment(String name) {
        return "attachment; filename=\"" + name + "." + extension + "\"";
    }
}
