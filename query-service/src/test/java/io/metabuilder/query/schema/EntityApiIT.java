package io.metabuilder.query.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** GET /api/entities and /api/entities/{entity}: the schema as clients read it. */
class EntityApiIT extends ServiceIT {

    @Test
    void getsAnEntityByNameOrIdWithFieldsInOrder() {
        Events entity = Events.defineEntity(store, "product");
        entity.addField("title", FieldType.TEXT);
        FieldSpec price = FieldSpec.builder("price", FieldType.DECIMAL)
                .displayName("Price")
                .required(true)
                .min(new BigDecimal("0"))
                .precision(10)
                .scale(2)
                .build();
        long last = entity.addField(price);

        HttpResponse<String> byName = api.get("/api/entities/product", USER, "X-Min-Position", "" + last);
        HttpResponse<String> byId = api.get("/api/entities/" + entity.id(), USER);

        assertThat(byName.statusCode()).isEqualTo(200);
        assertThat(byName.headers().firstValue("ETag")).contains("\"3\"");
        assertThat(Long.parseLong(byName.headers().firstValue("X-Position").orElseThrow()))
                .isGreaterThanOrEqualTo(last);
        JsonNode body = Api.json(byName);
        assertThat(body.get("id").asText()).isEqualTo(entity.id().toString());
        assertThat(body.get("tableName").asText()).isEqualTo(entity.table());
        assertThat(body.get("schemaVersion").asLong()).isEqualTo(3);
        assertThat(body.get("fields").findValuesAsText("name")).containsExactly("title", "price");
        JsonNode priceField = body.get("fields").get(1);
        assertThat(priceField.get("id").asText())
                .isEqualTo(entity.fieldId("price").toString());
        assertThat(priceField.get("required").asBoolean()).isTrue();
        assertThat(priceField.get("precision").asInt()).isEqualTo(10);
        assertThat(priceField.has("pattern")).isFalse();
        assertThat(Api.json(byId)).isEqualTo(body);
    }

    @Test
    void listsEntities() {
        long last = Events.defineEntity(store, "listed").addField("x", FieldType.TEXT);

        JsonNode body = Api.json(api.get("/api/entities?archived=true", USER, "X-Min-Position", "" + last));

        assertThat(body.get("data").findValuesAsText("name")).contains("listed");
        assertThat(body.get("data").get(0).has("createdAt")).isTrue();
    }
}
