package io.metabuilder.command.records.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON body: an array of record objects, read one object at a time with Jackson's streaming
 * parser, so only the current batch is ever in memory.
 */
final class JsonRows implements ImportRows {

    private final ObjectReader reader;
    private final JsonParser parser;
    private long number;
    private boolean done;

    JsonRows(InputStream body, ObjectMapper mapper) {
        try {
            // One value after another is what a stream of records is: the mapper's own refusal of
            // trailing tokens (for whole request bodies) must not apply to each element here.
            this.reader = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            this.parser = reader.createParser(body);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new MalformedImport("The JSON body is an array of record objects.");
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ImportRow> next(int size) {
        List<ImportRow> batch = new ArrayList<>(size);
        try {
            while (batch.size() < size && !done) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    end();
                } else if (token == JsonToken.START_OBJECT) {
                    batch.add(new ImportRow(++number, reader.<ObjectNode>readTree(parser), List.of()));
                } else {
                    throw new MalformedImport("Element " + (number + 1) + " of the array is not a record object.");
                }
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return batch;
    }

    private void end() throws IOException {
        done = true;
        if (parser.nextToken() != null) {
            throw new MalformedImport("The JSON body goes on after its array.");
        }
    }

    private MalformedImport malformed(JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new MalformedImport("The JSON body is malformed after record " + number + " (line " + line + ").");
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
