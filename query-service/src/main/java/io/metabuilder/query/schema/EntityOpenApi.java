package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
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
        collection.set("get", operation("listRecords", "List records", "A page of records", page()));
        collection.set(
                "post", withBody(operation("createRecord", "Create a record", "The record", "201"), "RecordCreate"));
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
