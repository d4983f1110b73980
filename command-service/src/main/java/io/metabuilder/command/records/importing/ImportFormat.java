package io.metabuilder.command.records.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.command.schema.EntitySchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.MediaType;

/** The two body formats an import takes, each read from the spooled body as often as needed. */
enum ImportFormat {
    CSV {
        @Override
        ImportRows open(Path body, EntitySchema schema, ObjectMapper mapper) {
            InputStream in = withoutByteOrderMark(stream(body));
            // Strict UTF-8: a byte that is not UTF-8 is a malformed body, never a silent U+FFFD.
            InputStreamReader reader = new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            return new CsvRows(reader, schema, new CsvCells(mapper));
        }
    },
    JSON {
        @Override
        ImportRows open(Path body, EntitySchema schema, ObjectMapper mapper) {
            return new JsonRows(stream(body), mapper);
        }
    };

    static final String TEXT_CSV = "text/csv";

    abstract ImportRows open(Path body, EntitySchema schema, ObjectMapper mapper);

    static ImportFormat of(MediaType contentType) {
        return contentType.isCompatibleWith(MediaType.APPLICATION_JSON) ? JSON : CSV;
    }

    private static InputStream stream(Path body) {
        try {
            return new BufferedInputStream(Files.newInputStream(body), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spreadsheets save UTF-8 CSV with a byte order mark before the header. */
    private static InputStream withoutByteOrderMark(InputStream in) {
        try {
            in.mark(3);
            byte[] start = in.readNBytes(3);
            if (!(start.length == 3
                    && (start[0] & 0xff) == 0xef
                    && (start[1] & 0xff) == 0xbb
                    && (start[2] & 0xff) == 0xbf)) {
                in.reset();
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
