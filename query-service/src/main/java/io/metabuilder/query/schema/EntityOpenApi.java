package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The OpenAPI 3.1 document of one entity's record endpoints, built from its live fields: a JSON
 * Schema per record (as read, as created, as patched) that follows the fields' types and rules.
 */
final class EntityOpenApi {

    private static final String TAG = "records";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final ObjectMapper mapper;
    private final RecordJsonSchemas schemas;

    EntityOpenApi(ObjectMapper mapper) {
        this.mapper = mapper;
        this.schemas = new RecordJsonSchemas(mapper);
    }

    ObjectNode document(EntitySummary entity, List<FieldColumn> fields) {
        ObjectNode document = mapper.createObjectNode().put("openapi", "3.1.0");
        document.putObject("info")
                .put("title", "MetaBuilder records of " + entity.name())
                .put("version", Long.toString(entity.schemaVersion()))
                .put(
                        "description",
                        "The record endpoints of entity " + entity.name() + " at schema version "
                                + entity.schemaVersion() + ".")
                .putObject("license")
                .put("name", "Proprietary")
                .put("identifier", "LicenseRef-Proprietary");
        document.putArray("servers").addObject().put("url", "/");
        document.putArray("security").addObject().putArray("bearer");
        document.putArray("tags").addObject().put("name", TAG).put("description", "Records of " + entity.name());
        String base = "/api/entities/" + entity.name() + "/records";
        ObjectNode paths = document.putObject("paths");
        ObjectNode collection = paths.putObject(base);
        ObjectNode list = operation("listRecords", "List records", "A page of records", page());
        list.set("parameters", listParameters(true));
        collection.set("get", list);
        collection.set(
                "post", withBody(operation("createRecord", "Create a record", "The record", "201"), "RecordCreate"));
        ObjectNode export = operation("exportRecords", "Export every matching record", null, "200");
        export.set("parameters", listParameters(false));
        ObjectNode responses = (ObjectNode) export.get("responses");
        JsonNode refused = responses.remove("4XX");
        responses.set("200", exportResponse());
        responses.set("4XX", refused);
        paths.putObject(base + "/export").set("get", export);
        ObjectNode one = paths.putObject(base + "/{id}");
        one.putArray("parameters").add(idParameter());
        one.set("get", operation("getRecord", "Read a record", "The record", "200"));
        one.set(
                "patch",
                withBody(
                        operation("updateRecord", "Change some values of a record", "The record", "200"),
                        "RecordPatch"));
        one.set("delete", noContent(operation("deleteRecord", "Delete a record (kept in history)", null, "204")));
        components(document, fields);
        return document;
    }

    private ObjectNode operation(String id, String summary, String description, Object success) {
        ObjectNode operation = mapper.createObjectNode().put("operationId", id).put("summary", summary);
        operation.putArray("tags").add(TAG);
        ObjectNode responses = operation.putObject("responses");
        if (success instanceof ObjectNode schema) {
            responses.putObject("200").put("description", description).set("content", json(schema));
        } else if (description != null) {
            responses
                    .putObject((String) success)
                    .put("description", description)
                    .set("content", json(ref("Record")));
        }
        responses
                .putObject("4XX")
                .put("description", "Refused: an RFC 9457 problem.")
                .putObject("content")
                .putObject("application/problem+json")
                .putObject("schema")
                .put("$ref", PROBLEM);
        return operation;
    }

    private ObjectNode withBody(ObjectNode operation, String schema) {
        operation.putObject("requestBody").put("required", true).set("content", json(ref(schema)));
        return operation;
    }

    private static ObjectNode noContent(ObjectNode operation) {
        ObjectNode responses = (ObjectNode) operation.get("responses");
        ObjectNode failure = (ObjectNode) responses.remove("4XX");
        responses.putObject("204").put("description", "Deleted");
        responses.set("4XX", failure);
        return operation;
    }

    private ObjectNode page() {
        ObjectNode page = mapper.createObjectNode().put("type", "object");
        ObjectNode properties = page.putObject("properties");
        properties.putObject("data").put("type", "array").set("items", ref("Record"));
        ObjectNode paging = properties.putObject("page").put("type", "object");
        paging.putObject("properties").putObject("limit").put("type", "integer");
        ((ObjectNode) paging.get("properties"))
                .putObject("next")
                .putArray("type")
                .add("string")
                .add("null");
        page.putArray("required").add("data");
        return page;
    }

    /** The list query (records.md, "Listing"); the export takes the same but paging, and a format. */
    private ArrayNode listParameters(boolean paged) {
        ArrayNode parameters = mapper.createArrayNode();
        parameters.add(query(
                        "filter",
                        "object",
                        "filter[field][op]=value; op one of eq ne gt gte lt lte in contains"
                                + " startsWith isNull; filter[field]=value is eq")
                .put("style", "deepObject")
                .put("explode", true));
        parameters.add(query(
                "sort",
                "string",
                "Comma list of fields, - for descending; nulls last ascending," + " first descending; id breaks ties"));
        parameters.add(query("fields", "string", "Comma list of the fields to show (id always)"));
        parameters.add(query("q", "string", "Case-insensitive substring in the text fields"));
        if (paged) {
            parameters.add(query("limit", "integer", "1 to 1000 records, 50 by default"));
            parameters.add(query("cursor", "string", "page.next of the previous page, with the same filters and sort"));
            parameters.add(query("offset", "integer", "Records to skip, at most 10000; not with cursor"));
            parameters.add(query("count", "string", "exact: add page.total"));
        } else {
            parameters.add(query("format", "string", "csv (default) or jsonl"));
        }
        return parameters;
    }

    private ObjectNode query(String name, String type, String description) {
        ObjectNode parameter = mapper.createObjectNode()
                .put("name", name)
                .put("in", "query")
                .put("required", false)
                .put("description", description);
        parameter.putObject("schema").put("type", type);
        return parameter;
    }

    private ObjectNode exportResponse() {
        ObjectNode response = mapper.createObjectNode().put("description", "Every matching record, streamed");
        ObjectNode content = response.putObject("content");
        content.putObject("text/csv").putObject("schema").put("type", "string");
        content.putObject("application/x-ndjson").putObject("schema").put("type", "string");
        return response;
    }

    private ObjectNode idParameter() {
        ObjectNode parameter = mapper.createObjectNode()
                .put("name", "id")
                .put("in", "path")
                .put("required", true)
                .put("description", "The record's id");
        parameter.putObject("schema").put("type", "string").put("format", "uuid");
        return parameter;
    }

    private void components(ObjectNode document, List<FieldColumn> fields) {
        ObjectNode components = document.putObject("components");
        ObjectNode all = components.putObject("schemas");
        all.set("Record", schemas.record(fields));
        all.set("RecordCreate", schemas.create(fields));
        all.set("RecordPatch", schemas.patch(fields));
        ObjectNode problem = all.putObject("Problem").put("type", "object");
        ObjectNode properties = problem.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer");
        properties.putObject("detail").put("type", "string");
        properties.putObject("instance").put("type", "string");
        properties.putObject("errors").put("type", "array").putObject("items").put("type", "object");
        components
                .putObject("securitySchemes")
                .putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT");
    }

    private ObjectNode json(ObjectNode schema) {
        ObjectNode content = mapper.createObjectNode();
        content.putObject("application/json").set("schema", schema);
        return content;
    }

    private ObjectNode ref(String schema) {
        return mapper.createObjectNode().put("$ref", "#/components/schemas/" + schema);
    }
}
