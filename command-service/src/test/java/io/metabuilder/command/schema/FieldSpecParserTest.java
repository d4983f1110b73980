package io.metabuilder.command.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.DecimalNode;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.events.schema.FieldType;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FieldSpecParserTest {

    private final UUID customers = UUID.randomUUID();
    private final Function<String, Optional<UUID>> resolve =
            idOrName -> "customer".equals(idOrName) ? Optional.of(customers) : Optional.empty();

    @Test
    void resolvesReferenceByNameToTheEntityId() {
        FieldSpecParser.Parsed parsed = FieldSpecParser.parse(request("owner", "REFERENCE", "customer"), resolve);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.spec().type()).isEqualTo(FieldType.REFERENCE);
        assertThat(parsed.spec().reference()).isEqualTo(customers);
    }

    @Test
    void reportsUnknownTypeAndUnknownReferenceTogether() {
        FieldSpecParser.Parsed parsed = FieldSpecParser.parse(request("owner", "LINK", "ghost"), resolve);

        assertThat(parsed.problems())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(tuple("type", "invalid_spec"), tuple("reference", "reference_not_found"));
    }

    @Test
    void storesTheDefaultInCanonicalForm() {
        FieldSpecRequest price = new FieldSpecRequest(
                "price",
                "DECIMAL",
                null,
                null,
                null,
                DecimalNode.valueOf(new BigDecimal("1.5")),
                null,
                null,
                null,
                null,
                null,
                null,
                6,
                2);

        FieldSpecParser.Parsed parsed = FieldSpecParser.parse(price, resolve);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.spec().defaultValue().asText()).isEqualTo("1.50");
    }

    @Test
    void requiresAType() {
        assertThat(FieldSpecParser.parse(request("a", null, null), resolve).problems())
                .containsExactly(new FieldProblem("type", "required", "A type is required."));
    }

    private static FieldSpecRequest request(String name, String type, String reference) {
        return new FieldSpecRequest(
                name, type, null, null, null, null, null, null, null, null, null, reference, null, null);
    }
}
